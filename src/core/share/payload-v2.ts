import { deflatePayload } from './deflate-payload.ts'
import { DICTIONARY_V2_TEXT } from './dictionary-v2.ts'

/** The payload of link format 2: format 1's layout (deflate-payload.ts) over DICTIONARY_V2_TEXT. */
export const { encodePayload: encodePayloadV2, decodePayload: decodePayloadV2 } =
  deflatePayload(DICTIONARY_V2_TEXT)
