import type { Config } from '../../core/config/schema.ts'
import { encodeShareFragment } from '../../core/share/codec.ts'
import type { Translate } from '../../i18n/index.ts'
import { describeField } from '../form/fields/describe.ts'
import { copyText } from '../preview/clipboard.ts'
import { joinList, shareText } from './messages.ts'

export interface PreparedLink {
  readonly url: string
  /** Fields left out of the link because their values look like credentials, named for people. */
  readonly leftOut: readonly string[]
  readonly tooLarge: boolean
}

/** The share URL of `config` on the page at `href` (its own fragment replaced). */
export function prepareLink(config: Config, href: string, t: Translate): PreparedLink {
  const { fragment, removed, tooLarge } = encodeShareFragment(config)
  const hash = href.indexOf('#')
  const base = hash >= 0 ? href.slice(0, hash) : href
  const leftOut = [...new Set(removed.map((r) => describeField(t, r.path)))]
  return { url: `${base}#${fragment}`, leftOut, tooLarge }
}

/**
 * What the page says after Copy link; `note` is also shown at the button, the rest only announced.
 * `copied`: the link is on the clipboard (the button confirms it), even when something was left out.
 */
export function copyLinkMessage(
  link: PreparedLink,
  copied: boolean,
  t: Translate,
): { readonly text: string; readonly note: boolean; readonly copied: boolean } {
  const text = shareText(t.language)
  if (!copied) return { text: text('link.copyFailed'), note: true, copied }
  if (link.tooLarge) return { text: text('link.tooLarge'), note: true, copied: false }
  if (link.leftOut.length > 0) {
    return {
      text: text('link.copiedWithout', { fields: joinList(link.leftOut, t.language) }),
      note: true,
      copied,
    }
  }
  return { text: text('link.copied'), note: false, copied }
}

/** Copy link: prepares the link of `config` on the page at `href`, copies it, says what happened. */
export async function copyLink(config: Config, href: string, t: Translate) {
  const link = prepareLink(config, href, t)
  return copyLinkMessage(link, await copyText(link.url), t)
}
