// Tells a file cut short (an interrupted copy or download) from one damaged in the middle.

/**
 * Whether text that JSON.parse refused stops in the middle of a value: it opens with an object or
 * an array, its brackets match as far as they go, and it ends inside a string or with some still
 * open. That is what a file cut short (an interrupted copy or download) looks like; anything else
 * is damaged in the middle, or not JSON at all. Engines word their parse errors differently, so
 * the text is scanned rather than the error message read.
 */
export function looksCutShort(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < start.length; i++) {
    const char = start[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') open.push(char);
    else if (char === '}' || char === ']') {
      if (open.pop() !== (char === '}' ? '{' : '[')) return false;
      // Everything was closed, so the damage is not a missing end.
      if (open.length === 0) return false;
    }
  }
  return inString || open.length > 0;
}
