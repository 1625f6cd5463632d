import { config } from 'zod/mini'

// zod probes for eval (`new Function`) to speed up parsing. The page's CSP forbids eval, and Chromium
// reports the probe as a CSP violation even though zod catches it; jitless skips the probe. This
// module is imported first by main.tsx: modules below it parse configs while they load.
config({ jitless: true })
