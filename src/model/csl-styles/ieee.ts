/**
 * IEEE reference style (numeric), written for scholar-elements from the CSL 1.0.2 specification and the IEEE
 * reference format: initials before family names, more than six authors as "first author et al.", article titles in
 * quotes, "vol."/"no."/"pp.", abbreviated months, "doi: …" or "[Online]. Available: URL".
 *
 * Covers article-journal, paper-conference, chapter, book, report, thesis, patent, and article (preprints) or any
 * other type with its container or publisher.
 */
export default `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="sort-only" page-range-format="expanded" default-locale="en-US">
  <info>
    <title>IEEE (scholar-elements)</title>
    <id>scholar-elements/ieee</id>
    <category citation-format="numeric"/>
    <category field="engineering"/>
    <summary>IEEE reference list format, written for scholar-elements.</summary>
    <updated>2025-01-01T00:00:00+00:00</updated>
    <rights license="https://opensource.org/licenses/MIT">MIT</rights>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="month-01" form="short">Jan.</term>
      <term name="month-02" form="short">Feb.</term>
      <term name="month-03" form="short">Mar.</term>
      <term name="month-04" form="short">Apr.</term>
      <term name="month-05" form="short">May</term>
      <term name="month-06" form="short">Jun.</term>
      <term name="month-07" form="short">Jul.</term>
      <term name="month-08" form="short">Aug.</term>
      <term name="month-09" form="short">Sep.</term>
      <term name="month-10" form="short">Oct.</term>
      <term name="month-11" form="short">Nov.</term>
      <term name="month-12" form="short">Dec.</term>
      <term name="editor" form="short"><single>Ed.</single><multiple>Eds.</multiple></term>
      <term name="page" form="short"><single>p.</single><multiple>pp.</multiple></term>
    </terms>
  </locale>
  <macro name="author">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="contextual" delimiter-precedes-et-al="never" initialize-with=". " et-al-min="7" et-al-use-first="1"/>
      <substitute>
        <names variable="editor"/>
      </substitute>
    </names>
  </macro>
  <macro name="editors">
    <names variable="editor">
      <name and="text" delimiter=", " delimiter-precedes-last="contextual" initialize-with=". "/>
      <label form="short" prefix=", "/>
    </names>
  </macro>
  <macro name="title-quoted">
    <text variable="title" quotes="true"/>
  </macro>
  <macro name="issued">
    <date variable="issued">
      <date-part name="month" form="short" suffix=" "/>
      <date-part name="year"/>
    </date>
  </macro>
  <macro name="issued-full">
    <date variable="issued">
      <date-part name="month" form="short" suffix=" "/>
      <date-part name="day" suffix=", "/>
      <date-part name="year"/>
    </date>
  </macro>
  <macro name="pages">
    <group delimiter=" ">
      <label variable="page" form="short"/>
      <text variable="page"/>
    </group>
  </macro>
  <macro name="edition">
    <group delimiter=" ">
      <number variable="edition" form="ordinal"/>
      <text term="edition" form="short" strip-periods="true"/>
    </group>
  </macro>
  <macro name="publisher">
    <group delimiter=": ">
      <text variable="publisher-place"/>
      <text variable="publisher"/>
    </group>
  </macro>
  <macro name="doi">
    <text variable="DOI" prefix="doi: "/>
  </macro>
  <macro name="reference">
    <group delimiter=", ">
      <text macro="author"/>
      <choose>
        <if type="book">
          <group delimiter=". ">
            <group delimiter=", ">
              <text variable="title" font-style="italic"/>
              <text macro="edition"/>
            </group>
            <text macro="publisher"/>
          </group>
          <text macro="issued"/>
        </if>
        <else-if type="article-journal article-magazine article-newspaper" match="any">
          <text macro="title-quoted"/>
          <text variable="container-title" font-style="italic"/>
          <group delimiter=" ">
            <text term="volume" form="short"/>
            <text variable="volume"/>
          </group>
          <group delimiter=" ">
            <text term="issue" form="short"/>
            <text variable="issue"/>
          </group>
          <text macro="pages"/>
          <text macro="issued"/>
        </else-if>
        <else-if type="paper-conference">
          <text macro="title-quoted"/>
          <choose>
            <if variable="container-title">
              <group delimiter=" ">
                <text term="in"/>
                <text variable="container-title" font-style="italic"/>
              </group>
            </if>
            <else>
              <group delimiter=" ">
                <text value="presented at the"/>
                <text variable="event-title" font-style="italic"/>
              </group>
            </else>
          </choose>
          <text variable="event-place"/>
          <text macro="issued"/>
          <text macro="pages"/>
        </else-if>
        <else-if type="chapter entry-encyclopedia entry-dictionary" match="any">
          <text macro="title-quoted"/>
          <group delimiter=". ">
            <group delimiter=", ">
              <group delimiter=" ">
                <text term="in"/>
                <text variable="container-title" font-style="italic"/>
              </group>
              <text macro="edition"/>
              <text macro="editors"/>
            </group>
            <text macro="publisher"/>
          </group>
          <text macro="issued"/>
          <text macro="pages"/>
        </else-if>
        <else-if type="report">
          <text macro="title-quoted"/>
          <text variable="publisher"/>
          <text variable="publisher-place"/>
          <group delimiter=" ">
            <choose>
              <if variable="genre">
                <text variable="genre"/>
              </if>
              <else>
                <text value="Tech. Rep."/>
              </else>
            </choose>
            <text variable="number"/>
          </group>
          <text macro="issued"/>
        </else-if>
        <else-if type="thesis">
          <text macro="title-quoted"/>
          <choose>
            <if variable="genre">
              <text variable="genre"/>
            </if>
            <else>
              <text value="Thesis"/>
            </else>
          </choose>
          <text variable="publisher"/>
          <text variable="publisher-place"/>
          <text macro="issued"/>
        </else-if>
        <else-if type="patent">
          <text macro="title-quoted"/>
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
          <text macro="issued-full"/>
        </else-if>
        <else>
          <text macro="title-quoted"/>
          <choose>
            <if variable="container-title">
              <text variable="container-title" font-style="italic"/>
            </if>
            <else>
              <text variable="publisher"/>
            </else>
          </choose>
          <text variable="number"/>
          <text macro="issued"/>
        </else>
      </choose>
      <text macro="doi"/>
    </group>
  </macro>
  <citation collapse="citation-number">
    <sort>
      <key variable="citation-number"/>
    </sort>
    <layout prefix="[" suffix="]" delimiter=", ">
      <text variable="citation-number"/>
    </layout>
  </citation>
  <bibliography entry-spacing="0" second-field-align="flush" et-al-min="7" et-al-use-first="1">
    <layout>
      <text variable="citation-number" prefix="[" suffix="]"/>
      <text macro="reference"/>
      <choose>
        <if variable="DOI">
          <text value="."/>
        </if>
        <else-if variable="URL">
          <group prefix=". " delimiter=" ">
            <text value="[Online]. Available:"/>
            <text variable="URL"/>
          </group>
        </else-if>
        <else>
          <text value="."/>
        </else>
      </choose>
    </layout>
  </bibliography>
</style>
`;
