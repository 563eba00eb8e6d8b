import { show } from './json.js'
import type { Change, ClipInfo, JsonValue, Plan } from './types.js'

/*
 * The plan in words, for the log, the job summary and the `plan` output. Values are shown in full: the
 * point of the plan is to say exactly what the video will say and show.
 */

/** Log lines: the rename, then scene by scene (scripts as -/+ lines with character counts), then raw ops. */
export function planLines(plan: Plan): string[] {
  if (!plan.changes.length) return ['No changes: the project already matches the patch.']
  const lines: string[] = []
  for (const change of plan.changes)
    if (change.kind === 'name')
      lines.push(`Project name: ${show(change.before)} → ${show(change.after)}`)
  for (const scene of scenesOf(plan.changes)) {
    lines.push(`Scene ${scene}:`)
    for (const change of plan.changes) {
      if (change.kind === 'script' && change.scene === scene)
        lines.push(
          `  script${change.avatar ? ` of ${clipLabel(change.avatar)}` : ''}: ${change.charsBefore} → ${change.charsAfter} characters`,
          ...textLines('    - ', change.before),
          ...textLines('    + ', change.after)
        )
      if (change.kind === 'clip' && change.scene === scene)
        lines.push(
          `  ${clipLabel(change.clip)} ${change.field}: ${show(change.before)} → ${show(change.after)}`
        )
    }
  }
  const ops = plan.changes.filter(change => change.kind === 'op')
  if (ops.length) lines.push('Raw ops:')
  for (const op of ops) lines.push(`  ${opLabel(op)}: ${show(op.before)} → ${show(op.after)}`)
  lines.push(`${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'}.`)
  return lines
}

/**
 * A header row and one row per change, for a job summary table. Cells are plain text: whoever renders
 * them as HTML or Markdown escapes them (scripts may hold `<p>` tags).
 */
export function planTable(plan: Plan): string[][] {
  return [
    ['Scene', 'What', 'Before', 'After', 'Characters'],
    ...plan.changes.map(change => {
      switch (change.kind) {
        case 'name':
          return ['', 'project name', change.before, change.after, '']
        case 'script':
          return [
            String(change.scene),
            `script${change.avatar ? ` of ${clipLabel(change.avatar)}` : ''}`,
            change.before,
            change.after,
            `${change.charsBefore} → ${change.charsAfter}`
          ]
        case 'clip':
          return [
            String(change.scene),
            `${clipLabel(change.clip)} ${change.field}`,
            cell(change.before),
            cell(change.after),
            ''
          ]
        case 'op':
          return [
            change.scene === undefined ? '' : String(change.scene),
            opLabel(change),
            cell(change.before),
            cell(change.after),
            ''
          ]
      }
    })
  ]
}

/** The changes as compact JSON, for the `plan` output (not the project: it can be large and hold signed URLs). */
export function planJson(plan: Plan): string {
  return JSON.stringify(plan.changes)
}

function scenesOf(changes: readonly Change[]): number[] {
  const scenes = changes.flatMap(change =>
    change.kind === 'script' || change.kind === 'clip' ? [change.scene] : []
  )
  return [...new Set(scenes)].sort((a, b) => a - b)
}

function clipLabel(clip: ClipInfo): string {
  return clip.tag ? `${clip.type} "${clip.tag}" (${clip.id})` : `${clip.type} ${clip.id}`
}

function opLabel(change: Extract<Change, { kind: 'op' }>): string {
  return `${change.name} ${change.op}${change.from === undefined ? '' : ` ${change.from} →`} ${change.path}`
}

function textLines(prefix: string, text: string): string[] {
  return (text === '' ? ['(empty)'] : text.split('\n')).map(line => prefix + line)
}

function cell(value: JsonValue | undefined): string {
  if (value === undefined) return '(absent)'
  return typeof value === 'string' ? value : JSON.stringify(value)
}
