import { XMLParser } from 'fast-xml-parser';

/**
 * WeCom (企业微信) speaks flat XML documents: `<xml><Field>value</Field>…</xml>`. These read one
 * into its fields, or null when it is not such a document. Values stay strings (a MsgId has more
 * digits than a double holds); CDATA sections read as their text.
 */

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 8,
});

/** The fields of a flat `<xml>` document; nested elements (a news item's Articles) are left out. */
export function readWecomXml(xml: string): Record<string, string> | null {
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('xml' in parsed)) return null;
  const root = parsed.xml;
  if (typeof root !== 'object' || root === null) return null;
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(root)) {
    // A field given twice reads as an array: ambiguous, so left out rather than guessed.
    if (typeof value === 'string' && name !== '#text') fields[name] = value;
  }
  return fields;
}

export interface WecomEnvelopeFields {
  encrypt: string;
  msgSignature: string;
  timestamp: string;
  nonce: string;
}

/** The encrypted passive reply WeCom expects in a callback's response body. */
export function wecomEnvelopeXml({ encrypt, msgSignature, timestamp, nonce }: WecomEnvelopeFields): string {
  // Base64, hex and the [A-Za-z0-9] timestamp and nonce (checked by the caller) cannot close a CDATA section.
  return (
    `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt><MsgSignature><![CDATA[${msgSignature}]]></MsgSignature>` +
    `<TimeStamp>${timestamp}</TimeStamp><Nonce><![CDATA[${nonce}]]></Nonce></xml>`
  );
}
