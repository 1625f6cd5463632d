import './link-notice.css'
import { codePoint } from '../../core/config/characters.ts'
import type { ShareError } from '../../core/share/errors.ts'
import type { Language } from '../../i18n/index.ts'
import { useUi } from '../context.ts'
import { describeField } from '../form/fields/describe.ts'
import { joinList, shareText } from './messages.ts'
import type { LinkNotice as Notice } from './opening.ts'

/**
 * The notice about the link the page opened: a restore offer, or what was wrong with a link that
 * could not be opened as it is (with what was received, and the fields that could be read).
 */
export function LinkNotice({ notice }: { readonly notice: Notice }) {
  const { t, dispatch } = useUi()
  const text = shareText(t.language)
  const title = noticeTitle(notice, t.language)

  const act = (type: 'restorePrevious' | 'usePartial' | 'dismissLink', said?: string) => {
    dispatch({ type })
    if (said) dispatch({ type: 'announce', text: said })
  }

  if (notice.kind === 'restore') {
    return (
      <section className="link-notice" aria-labelledby="link-notice-title" data-link-notice="restore">
        <h2 id="link-notice-title">{title}</h2>
        <p>{text('link.restore.body')}</p>
        <div className="link-notice-actions">
          <button type="button" onClick={() => act('restorePrevious', text('link.restore.done'))}>
            {text('link.restore.button')}
          </button>
          <button type="button" onClick={() => act('dismissLink')}>
            {text('link.dismiss')}
          </button>
        </div>
      </section>
    )
  }

  const { error, partial } = notice
  const dropped = droppedFields(error).map((f) => describeField(t, f))
  // "Runner tag 1: U+2028": which field holds which character GitLab would misread.
  const characters = (error.characters ?? []).map(
    ({ path, characters: found }) => `${describeField(t, path)}: ${found.map(codePoint).join(', ')}`,
  )
  return (
    <section
      className="link-notice link-notice-bad"
      aria-labelledby="link-notice-title"
      data-link-notice="bad"
      data-reason={error.reason}
    >
      <h2 id="link-notice-title">{title}</h2>
      <p className="link-reason">
        {text(`link.reason.${error.reason}`)} {text('link.bad.kept')}
      </p>
      <p className="link-received">
        {text('link.bad.received')} <code>{error.received}</code>
      </p>
      {characters.length > 0 ? (
        <p className="link-characters">
          {text('link.bad.characters', { list: joinList(characters, t.language) })}
        </p>
      ) : null}
      {dropped.length > 0 ? (
        <p>{text('link.bad.dropped', { fields: joinList(dropped, t.language) })}</p>
      ) : null}
      {partial ? <p>{text('link.bad.partial')}</p> : null}
      <div className="link-notice-actions">
        {partial ? (
          <button type="button" onClick={() => act('usePartial', text('link.bad.used'))}>
            {text('link.bad.usePartial')}
          </button>
        ) : null}
        <button type="button" onClick={() => act('dismissLink')}>
          {text('link.bad.keep')}
        </button>
      </div>
    </section>
  )
}

/** The notice's heading; also what a navigation that opens one announces. */
export function noticeTitle(notice: Notice, language: Language): string {
  return shareText(language)(notice.kind === 'restore' ? 'link.restore.title' : 'link.bad.title')
}

function droppedFields(error: ShareError): readonly string[] {
  return (error.fields ?? []).filter((f) => f !== '')
}
