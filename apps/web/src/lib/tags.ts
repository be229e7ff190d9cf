/** "auto, home, vip" → ["auto", "home", "vip"]: trimmed, without empties or repeats. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(",").map((tag) => tag.trim()).filter(Boolean))];
}
