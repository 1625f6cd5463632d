/**
 * Stands in for Monaco's colour picker in the hover (see the aliases in vite.config.ts): the YAML
 * preview has no colour provider, so no colour decorator or colour hover part ever exists.
 */
export const isOnColorDecorator = (): boolean => false

/** Only used in `instanceof` checks, which are then always false. */
export class ColorHover {}
export class HoverColorPickerParticipant {
  isColorPickerVisible(): boolean {
    return false
  }
}
