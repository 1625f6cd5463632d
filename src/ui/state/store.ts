import { deepEqual, defaultConfig } from '../../core/config/defaults.ts'
import { type ConfigIssue, parseConfig } from '../../core/config/parse.ts'
import { parseEdit } from '../../core/config/parse-edit.ts'
import type { PresetName } from '../../core/config/preset-names.ts'
import type { Config } from '../../core/config/schema.ts'
import type { Language } from '../../i18n/index.ts'
import { type LinkNotice, type Opening, restoreOffer } from '../share/opening.ts'
import { type ErrorsBySection, groupErrors, NO_ERRORS } from './errors.ts'
import { EMPTY_HISTORY, type History, record, redo, undo } from './history.ts'
import { keepUnchanged } from './keep-unchanged.ts'
import type { Path } from './paths.ts'
import { setIn } from './paths.ts'
import { changedCount, SECTION_IDS, type SectionId } from './sections.ts'

/**
 * The whole page state, in one reducer: the form's draft (which may be invalid while the user types),
 * the last valid config (the only thing the preview ever renders), and UI choices. Share links and
 * diagnostics plug in by dispatching `loadConfig` and by reading `config`.
 */
export interface AppState {
  /** What the form shows. Shaped like a Config, but a leaf may hold an invalid value (e.g. NaN, ''). */
  readonly draft: Config
  /** The last draft that passed parseConfig. */
  readonly config: Config
  /**
   * The config the address bar and the saved work follow: `config` as of the last change that was not
   * typing, or of the moment a text field lost focus. A half-typed value (a password whose first
   * letters do not look like one yet) never gets here while its field is being typed in.
   */
  readonly committed: Config
  readonly issues: readonly ConfigIssue[]
  readonly errors: ErrorsBySection
  /** The config last loaded (defaults or a preset): replacing an unchanged baseline needs no confirmation. */
  readonly baseline: Config
  /** The preset the form started from; '' for the defaults. */
  readonly preset: PresetName | ''
  readonly jobOnly: boolean
  /** Below the two-pane width, the pane on screen (the other is one tap away: ViewSwitch). */
  readonly view: View
  readonly language: Language
  readonly open: Readonly<Record<SectionId, boolean>>
  /** A destructive action waiting for the user's confirmation. */
  readonly pending: PendingAction | null
  /** The latest message for the aria-live region; `seq` makes a repeated message announce again. */
  readonly announcement: { readonly text: string; readonly seq: number }
  /** What the page says about the share link it opened (restore offer, or a link that failed). */
  readonly link: LinkNotice | null
  /** Undo and redo: one step per committed change (see history.ts). */
  readonly history: History<Snapshot>
  /** The last action that replaced the work and confirms on screen with Undo (see UndoToast). */
  readonly done: Done | null
}

export type View = 'form' | 'yaml'

/** What Undo brings back: the committed work and what it was loaded from (for "(edited)" and asking). */
export interface Snapshot {
  readonly config: Config
  readonly baseline: Config
  readonly preset: PresetName | ''
}

/**
 * `seq` makes each confirmation new, so the same action twice confirms twice; `undoable` is false when
 * the action changed nothing (no step to take back).
 */
export type Done = { readonly seq: number; readonly undoable: boolean } & (
  | { readonly kind: 'preset'; readonly name: PresetName | '' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'import' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
)

/** `name: ''` loads the defaults, like a preset. */
export type PendingAction =
  | { readonly kind: 'reset' }
  | { readonly kind: 'preset'; readonly name: PresetName | ''; readonly config: Config }

export type Action =
  | { readonly type: 'set'; readonly path: Path; readonly value: unknown }
  /** A keystroke in a text field: the form and the preview follow at once, `committed` does not. */
  | { readonly type: 'type'; readonly path: Path; readonly value: unknown }
  /** A text field lost focus: what was typed into it is committed. */
  | { readonly type: 'commit' }
  /** `config` is the preset's config (presets.ts is loaded on demand, see PresetBar). */
  | { readonly type: 'requestPreset'; readonly name: PresetName | ''; readonly config: Config }
  | { readonly type: 'requestReset' }
  | { readonly type: 'confirm' }
  | { readonly type: 'cancel' }
  | { readonly type: 'loadConfig'; readonly config: Config }
  /** The config of an imported `.gitlab-ci.yml`: replaces the work as one step Undo takes back. */
  | { readonly type: 'importConfig'; readonly config: Config }
  /** A whole new config as an edit (a diagnostics fix): like typing, it keeps the baseline. */
  | { readonly type: 'edit'; readonly config: Config }
  /** A link opened over the form (the share chunk's openLink decides what it changes). */
  | { readonly type: 'openLink'; readonly opening: Opening }
  | { readonly type: 'restorePrevious' }
  | { readonly type: 'usePartial' }
  | { readonly type: 'dismissLink' }
  | { readonly type: 'openSection'; readonly id: SectionId }
  | { readonly type: 'setJobOnly'; readonly value: boolean }
  | { readonly type: 'setView'; readonly view: View }
  | { readonly type: 'setLanguage'; readonly language: Language }
  | { readonly type: 'toggleSection'; readonly id: SectionId }
  | { readonly type: 'announce'; readonly text: string }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }

const DEFAULT_OPEN: Record<SectionId, boolean> = {
  executor: true,
  images: true,
  pipeline: true,
  registries: false,
  proxy: false,
  certificates: false,
  cache: false,
  advanced: false,
  output: false,
}

/**
 * `ownWork`: the config is the user's own (saved in this browser), not something loaded: replacing it
 * with a preset then asks first, as it would for edits.
 */
export function initialState(
  language: Language,
  config: Config = defaultConfig(),
  link: LinkNotice | null = null,
  ownWork = false,
): AppState {
  return {
    draft: config,
    config,
    committed: config,
    issues: [],
    errors: NO_ERRORS,
    baseline: ownWork ? defaultConfig() : config,
    preset: '',
    jobOnly: false,
    view: 'form',
    language,
    open: openChanged(DEFAULT_OPEN, config),
    pending: null,
    announcement: { text: '', seq: 0 },
    link,
    history: EMPTY_HISTORY,
    done: null,
  }
}

/**
 * Every action but typing commits the config it leads to (presets, Fix, list edits, checkboxes,
 * selects, Reset, links). Typing is committed when its field loses focus, unless the form is then
 * invalid: the preview's last valid config may be a half-typed state of that very field.
 */
export function reducer(state: AppState, action: Action): AppState {
  if (action.type === 'undo' || action.type === 'redo') return step(state, action)
  const next = committing(state, action, step(state, action))
  if (next.committed === state.committed) return next
  const before = snapshotOf(state)
  // Loading what the form already holds (Reset of the defaults) is not a step: Undo would seem to do nothing.
  if (sameSnapshot(before, snapshotOf(next))) {
    return next.done === state.done || !next.done
      ? next
      : { ...next, done: { ...next.done, undoable: false } }
  }
  // A new step of the history; a confirmation about an older one (its Undo) is over.
  return {
    ...next,
    history: record(state.history, before),
    done: next.done === state.done ? null : next.done,
  }
}

function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  return a.preset === b.preset && deepEqual(a.config, b.config) && deepEqual(a.baseline, b.baseline)
}

function committing(state: AppState, action: Action, next: AppState): AppState {
  if (action.type === 'type') return next
  if (action.type === 'commit') return next.issues.length === 0 ? commit(next) : next
  return next.config === state.config ? next : commit(next)
}

/** The committed work: typing not yet committed is not a step (it is thrown away by Undo). */
function snapshotOf(state: AppState): Snapshot {
  return { config: state.committed, baseline: state.baseline, preset: state.preset }
}

/**
 * Undo or Redo: the snapshot becomes the form, the preview and the committed config at once (it was
 * committed before, so the address bar and the saved work only go back to what they held). A restore
 * offer is settled by it (the work it offered is one Undo away now).
 */
function travel(state: AppState, direction: 'undo' | 'redo'): AppState {
  const moved = (direction === 'undo' ? undo : redo)(state.history, snapshotOf(state))
  if (!moved) return state
  const { config, baseline, preset } = moved.snapshot
  return {
    ...state,
    draft: config,
    config,
    committed: config,
    issues: [],
    errors: groupErrors([], state.errors),
    baseline,
    preset,
    pending: null,
    open: openChanged(state.open, config),
    link: state.link?.kind === 'restore' ? null : state.link,
    history: moved.history,
    done: { kind: direction, seq: nextSeq(state), undoable: true },
  }
}

const nextSeq = (state: AppState) => (state.done?.seq ?? 0) + 1

function commit(state: AppState): AppState {
  return state.committed === state.config ? state : { ...state, committed: state.config }
}

function step(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'set':
    case 'type':
      return validate(state, setIn(state.draft, action.path, action.value), action.path)
    case 'commit':
      return state
    case 'requestPreset': {
      const pending: PendingAction = { kind: 'preset', name: action.name, config: action.config }
      return needsConfirmation(state) ? { ...state, pending } : apply(state, pending)
    }
    case 'requestReset':
      return { ...state, pending: { kind: 'reset' } }
    case 'confirm':
      return state.pending ? apply(state, state.pending) : state
    case 'cancel':
      return { ...state, pending: null }
    case 'loadConfig':
      return load(state, action.config, '')
    case 'importConfig':
      // The report and the comparison are in the YAML pane: a phone's Form/YAML switch shows it.
      return {
        ...load(state, action.config, ''),
        done: { kind: 'import', seq: nextSeq(state), undoable: true },
        view: 'yaml',
      }
    case 'edit':
      return validate(state, action.config)
    case 'openLink':
      return openLinkOver(state, action.opening)
    case 'restorePrevious':
      // The restored work is the user's own: a preset over it asks first.
      return state.link?.kind === 'restore'
        ? { ...load(state, state.link.previous, ''), baseline: defaultConfig(), link: null }
        : state
    case 'usePartial':
      // The user's consent: the partial config replaces the form, whose work stays one click away.
      return state.link?.kind === 'bad' && state.link.partial
        ? { ...load(state, state.link.partial, ''), link: restoreOffer(state.config, state.link.partial) }
        : state
    case 'dismissLink':
      return { ...state, link: null }
    case 'openSection': {
      // Going to a field (from the checks in the YAML view, say) shows the form.
      const shown = state.view === 'form' ? state : { ...state, view: 'form' as const }
      return shown.open[action.id] ? shown : { ...shown, open: { ...shown.open, [action.id]: true } }
    }
    case 'setView':
      return state.view === action.view ? state : { ...state, view: action.view }
    case 'setJobOnly':
      return { ...state, jobOnly: action.value }
    case 'setLanguage':
      return { ...state, language: action.language }
    case 'toggleSection':
      return { ...state, open: { ...state.open, [action.id]: !state.open[action.id] } }
    case 'announce':
      return { ...state, announcement: { text: action.text, seq: state.announcement.seq + 1 } }
    case 'undo':
    case 'redo':
      return travel(state, action.type)
  }
}

/** Work would be lost: the draft differs from what was last loaded. */
export function needsConfirmation(state: AppState): boolean {
  return !deepEqual(state.draft, state.baseline)
}

/** An unchanged config keeps the form as it is (its baseline, its preset). */
function openLinkOver(state: AppState, opening: Opening): AppState {
  if (deepEqual(opening.config, state.config)) {
    return { ...state, link: opening.notice }
  }
  return { ...load(state, opening.config, ''), link: opening.notice }
}

/**
 * Whether the current config should be saved as this browser's work. Opening a link alone does not
 * save: until the user edits or decides, the stored work is the one the restore offer holds.
 */
export function shouldStore(state: AppState): boolean {
  return !(state.link?.kind === 'restore' && state.config === state.baseline)
}

function apply(state: AppState, pending: PendingAction): AppState {
  const done: Done =
    pending.kind === 'reset'
      ? { kind: 'reset', seq: nextSeq(state), undoable: true }
      : { kind: 'preset', name: pending.name, seq: nextSeq(state), undoable: true }
  if (pending.kind === 'reset' || pending.name === '') return { ...load(state, defaultConfig(), ''), done }
  return { ...load(state, pending.config, pending.name), done }
}

function load(state: AppState, config: Config, preset: PresetName | ''): AppState {
  return {
    ...state,
    draft: config,
    config,
    issues: [],
    errors: groupErrors([], state.errors),
    baseline: config,
    preset,
    pending: null,
    open: openChanged(state.open, config),
  }
}

/** `path`: where the draft was edited; a valid form then has only that part validated again. */
function validate(state: AppState, draft: Config, path?: Path): AppState {
  if (draft === state.draft) return state
  const result =
    path !== undefined && state.issues.length === 0
      ? parseEdit(state.config, draft, path)
      : parseConfig(draft)
  if (result.ok) {
    // What the edit left alone keeps its identity (per-image work and the form reuse it).
    const config = keepUnchanged(state.config, result.config)
    return { ...state, draft, config, issues: [], errors: groupErrors([], state.errors) }
  }
  return { ...state, draft, issues: result.issues, errors: groupErrors(result.issues, state.errors) }
}

/** Opens the sections a loaded config changes, so nothing it sets is hidden. */
function openChanged(open: Readonly<Record<SectionId, boolean>>, config: Config): Record<SectionId, boolean> {
  const defaults = defaultConfig()
  const next = { ...open }
  for (const id of SECTION_IDS) if (changedCount(config, defaults, id) > 0) next[id] = true
  return next
}
