import { readDeliveryInputs } from '../../src/action/delivery-inputs.js'
import type { DeliveryOptions } from '../../src/deliver/options.js'

/** The delivery inputs by their action.yml names; a missing one reads as '' like an unset input. */
export type RawDeliveryInputs = Partial<
  Record<
    'upload' | 'retention-days' | 'overwrite' | 'release-tag' | 'asset-name' | 'github-token',
    string
  >
>

export function parseDeliveryOptions(
  raw: RawDeliveryInputs,
  env: NodeJS.ProcessEnv
): DeliveryOptions {
  return readDeliveryInputs(name => raw[name as keyof RawDeliveryInputs] ?? '', env)
}
