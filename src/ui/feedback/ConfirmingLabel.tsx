/**
 * A button's label that turns into its confirmation for a moment. Both texts sit in the same grid
 * cell, so the button is as wide as the longer one and the toolbar does not move. The action's text
 * stays the accessible name (only made transparent); the confirmation is drawn for the eyes and
 * announced through the live region.
 */
export function ConfirmingLabel({
  label,
  done,
  confirmed,
}: {
  readonly label: string
  readonly done: string
  readonly confirmed: boolean
}) {
  return (
    <span className="confirming" data-confirmed={confirmed ? '' : undefined}>
      <span className="confirming-label">{label}</span>
      <span className="confirming-done" aria-hidden="true">
        {done}
      </span>
    </span>
  )
}
