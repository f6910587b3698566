import { SaxesParser } from "saxes";

/** An element as a strict, namespace-aware parser read it. */
export interface XmlElement {
  name: string;
  local: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's text, its descendants' included. */
  text: string;
}

/**
 * Parses XML with saxes, a conforming non-validating XML 1.0 parser with
 * namespaces: any well-formedness error (an unescaped `&`, a tag left open,
 * a forbidden character) throws. Answers the document element.
 */
export function parseXmlStrictly(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes: Object.fromEntries(
        Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]),
      ),
      children: [],
      text: "",
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    for (const element of stack) element.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error("The document has no element.");
  return root;
}
