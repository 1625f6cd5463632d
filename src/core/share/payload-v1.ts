import { deflatePayload } from './deflate-payload.ts'
import { DICTIONARY_V1_TEXT } from './dictionary-v1.ts'

export { MAX_JSON_BYTES, type PayloadResult } from './deflate-payload.ts'

/** The payload of link format 1: deflate-payload.ts over DICTIONARY_V1_TEXT. */
export const { encodePayload: encodePayloadV1, decodePayload: decodePayloadV1 } =
  deflatePayload(DICTIONARY_V1_TEXT)
