// Browser-side probes of the benchmark, injected with page.addInitScript before the page's own
// scripts run. Plain JS on purpose: Playwright sends the text as is. Times are performance.now()
// (milliseconds since navigation start); typing latencies are measured from the keydown event's
// timeStamp (the time the input event was created), like the stack notes' measurements.
;(() => {
  const norm = (text) => (text ?? '').replace(/\u00a0/g, ' ')
  const probes = () => window.__kaniko

  const load = { formShown: null, formControl: null, monacoHost: null, monacoVisible: null, firstLine: null }
  const typing = { samples: [], started: false }

  const CONTROLS =
    '#root form input:not([disabled]):not([type=hidden]), #root form select:not([disabled]), #root form textarea:not([disabled])'

  /** The first form control that is enabled and laid out (prerendered in the HTML, or committed by React). */
  const firstControl = () => {
    for (const el of document.querySelectorAll(CONTROLS)) if (el.getClientRects().length > 0) return el
    return null
  }

  const lineShown = (container, text) => {
    for (const el of container.querySelectorAll('.view-line')) if (norm(el.textContent) === text) return true
    return false
  }

  const checkLoad = () => {
    const now = performance.now()
    if (load.formShown === null) {
      const el = firstControl()
      if (el) {
        load.formShown = now
        load.formControl = `${el.tagName.toLowerCase()}#${el.id}`
      }
    }
    if (load.monacoHost === null && document.querySelector('.monaco-editor')) load.monacoHost = now
    if (load.monacoVisible === null && load.monacoHost !== null) {
      const lines = document.querySelector('.monaco-editor .view-lines')
      const first = probes()?.getYaml().split('\n')[0]
      if (lines && first && lineShown(lines, first)) {
        load.monacoVisible = now
        load.firstLine = first
      }
    }
    if (load.formShown !== null && load.monacoVisible !== null) observer.disconnect()
  }
  const observer = new MutationObserver(checkLoad)
  observer.observe(document, { subtree: true, childList: true, characterData: true })

  /** The first line of `after` that differs from `before` at the same index, or null. */
  const firstChangedLine = (before, after) => {
    const a = before.split('\n')
    const b = after.split('\n')
    for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return b[i]
    return null
  }

  /** Starts recording keystroke latencies; call once Monaco shows the YAML. */
  const startTyping = () => {
    if (typing.started) return
    typing.started = true
    const lines = document.querySelector('.monaco-editor .view-lines')
    if (!lines) throw new Error('Monaco has not rendered yet')
    let current = null
    const model = () => probes()?.getModelValue() ?? ''

    const checkDom = (s) => {
      if (!s || s.dom !== null || s.expected === null) return
      if (lineShown(lines, s.expected)) s.dom = performance.now() - s.t0
    }
    const checkModel = (s, via) => {
      if (!s || s.model !== null) return true
      const value = model()
      if (value === s.before) return false
      s.model = performance.now() - s.t0
      s.via = via
      s.expected = firstChangedLine(s.before, value)
      // The changed line must not already be on screen, or "visible" would be seen too early.
      s.ambiguous = s.expected === null || s.before.split('\n').includes(s.expected)
      checkDom(s)
      return true
    }

    addEventListener(
      'keydown',
      (event) => {
        const s = {
          key: event.key,
          t0: event.timeStamp,
          handlerDelay: performance.now() - event.timeStamp,
          before: model(),
          model: null,
          dom: null,
          frame: null,
          frameTime: null,
          expected: null,
          ambiguous: false,
          via: null,
        }
        current = s
        typing.samples.push(s)
        requestAnimationFrame((frameTime) => {
          s.frame = performance.now() - s.t0
          // The frame's vsync time (on the 60 Hz grid, possibly before the key): places the key on it.
          s.frameTime = frameTime - s.t0
        })
        // React applies the edit while handling the input event; a message-channel loop (one task at
        // a time, nothing clamped) catches the model change if it lands in a later task.
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          if (!checkModel(s, 'poll') && performance.now() - s.t0 < 2000) channel.port2.postMessage(null)
          else channel.port1.close()
        }
        channel.port2.postMessage(null)
      },
      true,
    )
    // Bubble phase on window: runs after React's listener on #root has handled the input event.
    addEventListener('input', () => checkModel(current, 'input'))
    new MutationObserver(() => checkDom(current)).observe(lines, {
      subtree: true,
      childList: true,
      characterData: true,
    })
  }

  /** The samples without the bulky `before` text. */
  const typingResults = () => typing.samples.map(({ before: _before, ...rest }) => rest)

  window.__bench = { load, typing, startTyping, typingResults }
})()
