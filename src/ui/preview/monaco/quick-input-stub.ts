/**
 * Stands in for Monaco's standalone quick input service (see the alias in vite.config.ts): the command
 * palette, "go to line" and quick outline are features the preview does not import, and nothing
 * else opens a quick pick. Monaco registers the service eagerly but only reaches the real
 * implementation (about 100 KB: lists, trees, input boxes) through these methods.
 */
const unavailable = (): never => {
  throw new Error('quick input is not part of the kanikoconfig preview')
}

export class StandaloneQuickInputService {
  get currentQuickInput() {
    return undefined
  }
  get quickAccess() {
    return unavailable()
  }
  pick = unavailable
  input = unavailable
  createQuickPick = unavailable
  createInputBox = unavailable
  toggle() {}
  toggleHover() {}
}
