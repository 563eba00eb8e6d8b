import { ActionError } from './errors.js'

/** The YAML 1.2 booleans, as `core.getBooleanInput` accepts them. */
export function parseBoolean(raw: string, input: string, fallback: boolean): boolean {
  const text = raw.trim()
  if (!text) return fallback
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE'].includes(text)) return false
  throw new ActionError(`${input}: "${text}" is not a boolean; use true or false.`, { input })
}
