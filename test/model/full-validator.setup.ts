// The model's tests check what is found and worded in every case, as the model's index and the command line do: the
// validator that words problems is loaded up front (a page loads it on the first problem; see
// test/model/validate-lazy.test.ts).
import '../../src/model/validate-full.js';
