import type { Config } from '../../core/config/schema.ts'
import type { DecodeResult } from '../../core/share/codec.ts'
import { type Opening, restoreOffer } from './opening.ts'

/**
 * Opening a link over `current` (the work in the form): a good link wins, and different work that is
 * not just the defaults is offered back; a bad link changes nothing.
 */
export function openLink(result: DecodeResult, current: Config): Opening {
  if (!result.ok) {
    const { error, partial } = result
    return { config: current, notice: partial ? { kind: 'bad', error, partial } : { kind: 'bad', error } }
  }
  return { config: result.config, notice: restoreOffer(current, result.config) }
}
