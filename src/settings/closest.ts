/**
 * The closest of `names` to `word` by edit distance (insert, delete, replace, swap two neighbours: a typo's
 * moves), and whether it is close enough to be what was meant: at most 2 edits, and fewer than half the word.
 */
export function closest(
  word: string,
  names: readonly string[]
): { name: string; near: boolean } | undefined {
  let best: { name: string; distance: number } | undefined
  for (const name of names) {
    const distance = editDistance(word, name)
    if (!best || distance < best.distance) best = { name, distance }
  }
  if (!best) return undefined
  return { name: best.name, near: best.distance <= Math.min(2, Math.ceil(word.length / 2) - 1) }
}

/** Optimal string alignment distance (Damerau-Levenshtein without edits across a swap). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1)
    }
    rows.push(row)
  }
  return rows[a.length][b.length]
}
