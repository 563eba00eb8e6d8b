/** The `matrix` output, for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
export function matrixOutput(names: readonly string[]): string {
  return JSON.stringify({ include: names.map(video => ({ video })) })
}
