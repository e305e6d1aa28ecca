/** tableN.xml for a new table (shared with the package editor's report tables). */
export { tableXml, type TableModel } from "../ooxml/table";
