export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a search snippet whose matched words are wrapped in ** (how crm.knowledge.search marks
 * them) into plain and matched parts, so they render as text and <mark> without any HTML parsing.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  snippet.split("**").forEach((text, index) => {
    if (text) parts.push({ text, match: index % 2 === 1 });
  });
  return parts;
}
