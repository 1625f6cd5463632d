import type { ReactNode } from 'react'
import { useUi } from '../../context.ts'
import { FieldMarks } from '../../marks/FieldMarks.tsx'
import type { FieldMark } from '../../marks/marks.ts'
import { useFieldMarks } from '../../marks/useFieldMarks.ts'
import { type Path, pathKey } from '../../state/paths.ts'
import { fieldId, fieldLabel, fieldMessage } from './labels.ts'

export interface FieldInfo {
  readonly id: string
  readonly label: string
  readonly help: string | undefined
  readonly error: string | undefined
  /** Diagnostics and credential warnings about this field. */
  readonly marks: readonly FieldMark[]
  /** ids for aria-describedby: the help text, the error message and the marks. */
  readonly describedBy: string | undefined
}

/**
 * Label, help and (translated) error of the field at `path`. `withHelp: false` for an item of a
 * list of strings: the list shows the help once, above its items.
 */
export function useFieldInfo(
  path: Path,
  error: string | undefined,
  label?: string,
  withHelp = true,
): FieldInfo {
  const { t } = useUi()
  const id = fieldId(path)
  const help = withHelp ? fieldMessage(t, path, 'help') : undefined
  const marks = useFieldMarks(pathKey(path))
  const described = [help ? `${id}-help` : '', error ? `${id}-error` : '', marks.length ? `${id}-marks` : '']
    .filter(Boolean)
    .join(' ')
  return {
    id,
    label: label ?? fieldLabel(t, path),
    help,
    error: error === undefined ? undefined : t.issue(error),
    marks,
    describedBy: described || undefined,
  }
}

export function Help({ info }: { readonly info: FieldInfo }) {
  return info.help ? (
    <p className="help" id={`${info.id}-help`}>
      {info.help}
    </p>
  ) : null
}

/** The field's validation error, then its marks (findings, credential warnings). */
export function ErrorText({ info }: { readonly info: FieldInfo }) {
  return (
    <>
      {info.error ? (
        <p className="error" id={`${info.id}-error`}>
          {info.error}
        </p>
      ) : null}
      <FieldMarks id={`${info.id}-marks`} marks={info.marks} />
    </>
  )
}

/** The wrapper every field uses; `data-field` lets tests find each config field on the page. */
export function FieldShell({
  path,
  className,
  children,
}: {
  readonly path: Path
  readonly className?: string
  readonly children: ReactNode
}) {
  return (
    <div className={`field ${className ?? ''}`} data-field={pathKey(path)}>
      {children}
    </div>
  )
}
