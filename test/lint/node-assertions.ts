/**
 * Finds test assertions on DOM nodes: `expect(x)` where `x` (or the value it is compared with) is a Node, or
 * holds one (a list of nodes, `Node | null`, an object with a node in it), asserted with a check that puts the
 * value itself into the failure (`null`, `exist`, `equal`, `deep.equal`, `include`, …).
 *
 * Such a failure reads badly (a page of HTML, or none at all when the runner cannot send it); a boolean, a string or
 * a count says what went wrong: `expect(!!shadow(card, '[part="bio"]'), 'bio shown').to.be.false`. Checks that
 * report something other than the value (`.to.be.accessible()`, `.to.have.length(2)`, chai-dom's `.attribute()`) are
 * left alone.
 *
 * The values are judged by their TypeScript type, so a node reached through a variable, a helper or a destructuring
 * is found too; a value typed `any` is not.
 */
import ts from 'typescript';

/** Chai words that make the value asserted on (or compared with) the failure's `actual` (or `expected`). */
export const VALUE_ASSERTIONS: ReadonlySet<string> = new Set([
  'null',
  'undefined',
  'exist',
  'ok',
  'true',
  'false',
  'empty',
  'NaN',
  'equal',
  'equals',
  'eq',
  'eql',
  'eqls',
  'deep',
  'include',
  'includes',
  'contain',
  'contains',
  'members',
  'oneOf',
  'instanceOf',
  'instanceof',
  'a',
  'an',
  'within',
  'above',
  'below',
  'least',
  'most',
]);

export interface NodeAssertion {
  /** Path as given to the program. */
  file: string;
  /** 1-based. */
  line: number;
  /** The `expect(…)` statement, on one line. */
  code: string;
}

/** A value of this type is, or holds, a DOM node (looked at `depth` levels down: lists, unions, plain objects). */
function holdsNode(checker: ts.TypeChecker, type: ts.Type, depth = 0): boolean {
  if (depth > 2 || type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
  if (type.isUnionOrIntersection()) return type.types.some((member) => holdsNode(checker, member, depth));
  if (!(type.flags & ts.TypeFlags.Object)) return false;
  // Structural: every Node has these two; an element class of the kit's is found through its HTMLElement base.
  if (checker.getPropertyOfType(type, 'nodeType') && checker.getPropertyOfType(type, 'ownerDocument')) return true;
  // Arrays, tuples, NodeList, HTMLCollection.
  const item = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
  if (item && holdsNode(checker, item, depth + 1)) return true;
  // Object literals such as `{ card, list }` (not functions or classes: a class's `prototype` is no node).
  const callable = type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0;
  if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Anonymous && !callable) {
    return checker.getPropertiesOfType(type).some((property) => holdsNode(checker, checker.getTypeOfSymbol(property), depth + 1));
  }
  return false;
}

/**
 * The chain after `expect(…)` up to its first call: `to.be.null` → [to, be, null], `to.deep.equal(x)` →
 * [to, deep, equal] and the call's arguments [x]. Later links assert on what that call returns.
 */
function assertionChain(call: ts.CallExpression): { words: string[]; compared: readonly ts.Expression[] } {
  const words: string[] = [];
  let current: ts.Node = call;
  while (ts.isPropertyAccessExpression(current.parent) && current.parent.expression === current) {
    current = current.parent;
    words.push((current as ts.PropertyAccessExpression).name.text);
    if (ts.isCallExpression(current.parent) && current.parent.expression === current) {
      return { words, compared: current.parent.arguments };
    }
  }
  return { words, compared: [] };
}

/**
 * `expect(value: any)` (chai's, Vitest's) makes TypeScript infer a generic call inside it from that `any`:
 * `expect(el.querySelector('p'))` would type its argument `any`. The check reads each file with its `expect(` calls
 * renamed (same length, so positions hold) to a function whose parameter is generic, which leaves the argument its
 * own type.
 */
const PROBE = 'expec_';
const PROBE_DECLARATION_FILE = '/__node-assertions__/probe.d.ts';
const PROBE_DECLARATION = `declare function ${PROBE}<T>(value: T, message?: string): any;\n`;

function withProbe(text: string): string {
  // Calls only: not a method `x.expect(`, nor a declaration `function expect(`.
  return text.replace(/(?<![\w$.])(?<!function\s+)expect(?=\s*\()/g, PROBE);
}

function isProbeCall(node: ts.Node): node is ts.CallExpression {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === PROBE && node.arguments.length > 0;
}

function findIn(program: ts.Program, file: string, original: string): NodeAssertion[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} is not in the program`);
  const found: NodeAssertion[] = [];
  const visit = (node: ts.Node): void => {
    if (isProbeCall(node)) {
      const { words, compared } = assertionChain(node);
      if (words.some((word) => VALUE_ASSERTIONS.has(word))) {
        const values = [node.arguments[0]!, ...compared];
        if (values.some((value) => holdsNode(checker, checker.getTypeAtLocation(value)))) {
          let statement: ts.Node = node;
          while (!ts.isExpressionStatement(statement) && !ts.isBlock(statement.parent) && !ts.isSourceFile(statement.parent)) statement = statement.parent;
          found.push({
            file,
            line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
            code: original.slice(statement.getStart(source), statement.getEnd()).replace(/\s+/g, ' '),
          });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every assertion on a DOM node in `sources` (file name → text). Their imports are read from disk, with `options`
 * (a tsconfig's: the DOM's types among its `lib`).
 */
export function findNodeAssertions(sources: ReadonlyMap<string, string>, options: ts.CompilerOptions): NodeAssertion[] {
  const host = ts.createCompilerHost(options, true);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  const text = (file: string) => (file === PROBE_DECLARATION_FILE ? PROBE_DECLARATION : sources.has(file) ? withProbe(sources.get(file)!) : undefined);
  host.fileExists = (file) => text(file) !== undefined || fileExists(file);
  host.readFile = (file) => text(file) ?? readFile(file);
  host.getSourceFile = (file, language, onError, shouldCreate) => {
    const content = text(file);
    return content === undefined ? getSourceFile(file, language, onError, shouldCreate) : ts.createSourceFile(file, content, language, true);
  };
  const program = ts.createProgram([...sources.keys(), PROBE_DECLARATION_FILE], { ...options, noEmit: true }, host);
  return [...sources].flatMap(([file, original]) => findIn(program, file, original));
}

/** The compiler options of a tsconfig.json. */
export function compilerOptions(tsconfig: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${tsconfig}`);
  return parsed.options;
}
