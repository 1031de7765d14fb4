/**
 * Chicago Manual of Style author-date reference list, written for scholar-elements from the CSL 1.0.2
 * specification and the Chicago author-date format: first author inverted ("Family, Given"), others in natural
 * order with a serial comma; the year after the names ("n.d." when there is none); article and chapter titles in
 * quotes, book and report titles in italics; "In Container, edited by …, pages. Place: Publisher."; DOIs as
 * https://doi.org/ URLs. Up to ten authors are listed; more than ten become the first seven and "et al.".
 *
 * Covers article-journal, paper-conference, chapter, book, report, thesis, patent, and article (preprints) or any
 * other type with its container or publisher.
 */
export default `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="display-and-sort" page-range-format="chicago-16" default-locale="en-US">
  <info>
    <title>Chicago Manual of Style, author-date (scholar-elements)</title>
    <id>scholar-elements/chicago-author-date</id>
    <category citation-format="author-date"/>
    <category field="generic-base"/>
    <summary>Chicago author-date reference list format, written for scholar-elements.</summary>
    <updated>2025-01-01T00:00:00+00:00</updated>
    <rights license="https://opensource.org/licenses/MIT">MIT</rights>
  </info>
  <macro name="author">
    <names variable="author">
      <name and="text" name-as-sort-order="first" sort-separator=", " delimiter=", " delimiter-precedes-last="always"/>
      <label form="short" prefix=", "/>
      <substitute>
        <names variable="editor"/>
        <text macro="title"/>
      </substitute>
    </names>
  </macro>
  <macro name="author-short">
    <names variable="author">
      <name form="short" and="text" delimiter=", " initialize-with=". "/>
      <substitute>
        <names variable="editor"/>
        <text variable="title" form="short"/>
      </substitute>
    </names>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued">
        <date variable="issued">
          <date-part name="year"/>
        </date>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <macro name="title">
    <choose>
      <if type="book report patent" match="any">
        <text variable="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" quotes="true"/>
      </else>
    </choose>
  </macro>
  <macro name="editors">
    <names variable="editor">
      <label form="verb" suffix=" "/>
      <name and="text" delimiter=", " delimiter-precedes-last="contextual"/>
    </names>
  </macro>
  <macro name="container">
    <choose>
      <if type="article-journal article-magazine article-newspaper" match="any">
        <choose>
          <if variable="volume issue" match="any">
            <group delimiter=": ">
              <group delimiter=" ">
                <text variable="container-title" font-style="italic"/>
                <text variable="volume"/>
                <text variable="issue" prefix="(" suffix=")"/>
              </group>
              <text variable="page"/>
            </group>
          </if>
          <else>
            <group delimiter=", ">
              <text variable="container-title" font-style="italic"/>
              <text variable="page"/>
            </group>
          </else>
        </choose>
      </if>
      <else-if type="paper-conference chapter entry-encyclopedia entry-dictionary" match="any">
        <choose>
          <if variable="container-title">
            <group delimiter=", ">
              <group delimiter=" ">
                <text term="in" text-case="capitalize-first"/>
                <text variable="container-title" font-style="italic"/>
              </group>
              <text macro="editors"/>
              <text variable="page"/>
            </group>
          </if>
          <else-if variable="event-title">
            <group delimiter=", ">
              <group delimiter=" ">
                <text value="Paper presented at"/>
                <text variable="event-title"/>
              </group>
              <text variable="event-place"/>
            </group>
          </else-if>
        </choose>
      </else-if>
      <else-if type="report">
        <group delimiter=" ">
          <choose>
            <if variable="genre">
              <text variable="genre"/>
            </if>
            <else-if variable="number">
              <text value="Report"/>
            </else-if>
          </choose>
          <text variable="number"/>
        </group>
      </else-if>
      <else-if type="thesis">
        <group delimiter=", ">
          <choose>
            <if variable="genre">
              <text variable="genre"/>
            </if>
            <else>
              <text value="Thesis"/>
            </else>
          </choose>
          <text variable="publisher"/>
        </group>
      </else-if>
      <else-if type="patent">
        <group delimiter=" ">
          <choose>
            <if variable="genre">
              <text variable="genre"/>
            </if>
            <else>
              <text value="Patent"/>
            </else>
          </choose>
          <text variable="number"/>
        </group>
      </else-if>
      <else-if type="book">
        <group delimiter=" ">
          <number variable="edition" form="ordinal"/>
          <text term="edition" form="short"/>
        </group>
      </else-if>
      <else>
        <group delimiter=" ">
          <choose>
            <if variable="container-title">
              <text variable="container-title" font-style="italic"/>
            </if>
            <else>
              <text variable="publisher"/>
            </else>
          </choose>
          <text variable="number"/>
        </group>
      </else>
    </choose>
  </macro>
  <macro name="publisher">
    <choose>
      <if type="book chapter report paper-conference entry-encyclopedia entry-dictionary" match="any">
        <group delimiter=": ">
          <text variable="publisher-place"/>
          <text variable="publisher"/>
        </group>
      </if>
    </choose>
  </macro>
  <macro name="access">
    <choose>
      <if variable="DOI">
        <text variable="DOI" prefix="https://doi.org/"/>
      </if>
      <else>
        <text variable="URL"/>
      </else>
    </choose>
  </macro>
  <citation et-al-min="4" et-al-use-first="1" disambiguate-add-year-suffix="true" collapse="year">
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=" ">
        <text macro="author-short"/>
        <text macro="year"/>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true" entry-spacing="0" et-al-min="11" et-al-use-first="7">
    <sort>
      <key macro="author"/>
      <key variable="issued"/>
      <key variable="title"/>
    </sort>
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text macro="year"/>
        <text macro="title"/>
        <text macro="container"/>
        <text macro="publisher"/>
        <text macro="access"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
