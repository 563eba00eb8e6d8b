import { readInputs } from '../../src/action/inputs.js'
import type { DeliveryOptions } from '../../src/deliver/options.js'

/** The delivery inputs by their action.yml names; a missing one reads as '' like an unset input. */
export type RawDeliveryInputs = Partial<
  Record<
    'upload' | 'retention-days' | 'overwrite' | 'release-tag' | 'asset-name' | 'github-token',
    string
  >
>

/** What the action's edge makes of the delivery inputs, next to a project and a key that are fine. */
export function parseDeliveryOptions(
  raw: RawDeliveryInputs,
  env: NodeJS.ProcessEnv
): DeliveryOptions {
  const inputs: Record<string, string> = {
    'project-id': '65fa6b07dca2e367461a2925',
    'api-key': 'key',
    ...raw
  }
  return readInputs(name => inputs[name] ?? '', { GITHUB_WORKSPACE: process.cwd(), ...env })
    .delivery
}
