import { visit } from "jsonc-parser";

/**
 * Keys given twice in one JSON object, as policy problems ("path: …"). JSON.parse keeps the
 * last one without a word, so `"onError": "block", "onError": "allow"` would quietly mean allow.
 * Read with jsonc-parser's visitor, which reports each property with its path; the text must
 * already be valid JSON. Not in the engine: the event script cannot afford a second JSON parser,
 * so this is checked where people edit a policy (the command line and the build, webpack.config.js).
 */
export function duplicateKeys(source: string): string[] {
  const problems: string[] = [];
  const objects: Set<string>[] = [];
  visit(source, {
    onObjectBegin: () => {
      objects.push(new Set());
    },
    onObjectEnd: () => {
      objects.pop();
    },
    onObjectProperty: (key, _offset, _length, _line, _column, pathSupplier) => {
      const seen = objects[objects.length - 1];
      if (!seen.has(key)) {
        seen.add(key);
        return;
      }
      const path = [...pathSupplier(), key].map(String).join(".");
      problems.push(`${path}: the key is given more than once; only the last would count`);
    },
  });
  return problems;
}
