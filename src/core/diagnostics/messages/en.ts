import type { Catalog } from './catalog.ts'

const TYPE_NAMES: Record<string, string> = {
  bool: 'true or false',
  int: 'a whole number',
  duration: 'a duration like 24h',
}

const KINDS_EN: Readonly<Record<string, string>> = {
  tag: 'tag pipelines',
  schedule: 'scheduled pipelines',
  web: 'web and API runs',
  'new-branch': 'the first pipeline of a new branch',
}

/** `a, b and c` from comma-separated keys. */
function listOf(keys: string, words: Readonly<Record<string, string>>, and: string): string {
  const items = keys.split(',').map((k) => words[k] ?? k)
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`
}

/** `The images differ…` → `the images differ…`, to continue a sentence. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

export const en: Catalog = {
  KC101: {
    title: 'Executor image without a shell',
    message: (p) =>
      `${p.image} is not a debug image, so it has no shell and GitLab cannot run the job's script. Use a -debug tag${p.tag ? `, such as ${p.tag}` : ''}.`,
    fix: (p) => `Use ${p.tag}`,
  },
  KC102: {
    title: 'Entrypoint not overridden',
    message: () =>
      'Without entrypoint: [""] the image starts /kaniko/executor instead of a shell, so the job\'s script never runs. Override the entrypoint.',
    fix: () => 'Override the entrypoint',
  },
  KC103: {
    title: 'kaniko older than v1.9.0',
    message: (p) =>
      `${p.image} is kaniko ${p.version}. On runners with Docker Engine 20.10 or newer, kaniko before v1.9.0 fails with "kaniko should only be run inside of a container". Use v1.9.0 or newer, for example ${p.tag}.`,
    fix: (p) => `Use ${p.tag}`,
  },
  KC104: {
    title: 'Executor tag not pinned',
    message: (p) =>
      `${p.image} changes whenever a new version is released, so the same pipeline can build differently, or break, from one day to the next. Pin a version${p.tag ? `, such as ${p.tag}` : ''}.`,
    fix: (p) => `Pin ${p.tag}`,
  },
  KC105: {
    title: "Google's kaniko is archived",
    message: (p) =>
      `Google archived kaniko on 2025-06-03 (v1.24.0 is its last release) and GitLab removed its kaniko page. ${p.image} still works but gets no more fixes; the maintained fork ${p.fork} is a drop-in replacement with the same layout.`,
    fix: (p) => `Switch to ${p.fork}`,
  },
  KC106: {
    title: 'Flag needs a newer kaniko',
    message: (p) =>
      `${p.flag} exists since kaniko ${p.since}, but the image is ${p.version}: kaniko stops with "unknown flag". Use a newer image such as ${p.tag}, or remove the option.`,
    fix: (p) => `Use ${p.tag}`,
  },
  KC107: {
    title: 'Custom image is empty',
    message: () =>
      'The executor source is "custom" but no image is given, so the job has no image to run. Enter an image reference or pick one of the listed images.',
    fix: () => "Use the maintained fork's image",
  },
  KC108: {
    title: 'Executor tag from a variable',
    message: (p) =>
      `The executor tag comes from $${p.variable} when the job runs, so kanikoconfig cannot check it: not whether it is a -debug image with the shell the job needs, nor its kaniko version for the flags used. Set $${p.variable} to a pinned -debug tag (e.g. v1.24.0-debug) in every project that uses this pipeline.`,
  },
  KC201: {
    title: '$CI_COMMIT_TAG outside tag pipelines',
    message: (p) =>
      `${p.reference} uses CI_COMMIT_TAG, which is empty in pipelines that are not for a Git tag. The job's triggers include such pipelines, and there kaniko gets the invalid reference ${p.pushed} and fails. Run the job only for tags, or use CI_COMMIT_SHORT_SHA or CI_COMMIT_REF_SLUG.`,
    fix: () => 'Run only in tag pipelines',
  },
  KC202: {
    title: '$CI_COMMIT_TAG is empty outside tag pipelines',
    message: (p) =>
      `${p.reference} uses CI_COMMIT_TAG, which is empty in pipelines that are not for a Git tag. The job's triggers include such pipelines, and each of them pushes ${p.pushed}, overwriting the one before. Run the job only for tags, or use CI_COMMIT_SHORT_SHA or CI_COMMIT_REF_SLUG.`,
    fix: () => 'Run only in tag pipelines',
  },
  KC203: {
    title: 'Branch name used as an image tag',
    message: (p) =>
      `${p.reference} uses ${p.variable}. Branch names may contain "/" (feature/login), which an image tag cannot, so the push fails. Use CI_COMMIT_REF_SLUG, the same name made safe for tags.`,
    fix: () => 'Use CI_COMMIT_REF_SLUG',
  },
  KC204: {
    title: 'Same image pushed twice',
    message: (p) =>
      `${p.reference} is listed more than once, so kaniko pushes it twice. Remove the repeated tag.`,
    fix: () => 'Remove the repeated tag',
  },
  KC205: {
    title: 'Duplicate pipelines for merge requests',
    message: () =>
      'With both "every branch" and "merge requests", a push to a branch with an open merge request starts two pipelines, and both build and push the image. Keep one of the two triggers (branch pipelines already cover merge request branches).',
    fix: () => 'Remove the merge request trigger',
  },
  KC206: {
    title: 'URL scheme in a destination',
    message: (p) =>
      `${p.repository} starts with a URL scheme; an image reference has none, so kaniko rejects it. Use ${p.fixed}.`,
    fix: (p) => `Use ${p.fixed}`,
  },
  KC207: {
    title: 'Uppercase letters in a repository',
    message: (p) =>
      `Image repositories must be lowercase, so kaniko rejects ${p.repository}. Use ${p.fixed}.`,
    fix: (p) => `Use ${p.fixed}`,
  },
  KC208: {
    title: 'Invalid image tag',
    message: (p) =>
      `"${p.tag}" is not a valid image tag: a tag has at most 128 letters, digits, "_", "." and "-", and does not start with "." or "-".${p.fixed ? ` Use ${p.fixed}.` : ''}`,
    fix: (p) => `Use ${p.fixed}`,
  },
  KC209: {
    title: 'Tag inside the repository',
    message: (p) =>
      `${p.repository} already has a tag or digest; kaniko adds each tag to it and gets an invalid reference. Put tags in the tag list and use ${p.fixed} as the repository.`,
    fix: (p) => `Use ${p.fixed}`,
  },
  KC210: {
    title: 'Stage not declared',
    message: (p) =>
      `Without a stages: block GitLab only knows the stages build, test and deploy, so "${p.stage}" must be declared in the file you add the job to; otherwise GitLab rejects the pipeline with "stage ${p.stage} not found". Declare it there, or emit the stages block.`,
    fix: () => 'Emit the stages block',
  },
  KC211: {
    title: 'Output file outside the project directory',
    message: (p) =>
      `${p.flag} writes ${p.path}, outside the project directory: GitLab keeps a job's files only as artifacts, which must be inside it, so the file is deleted with the job.${p.fixed ? ` Write it to ${p.fixed} to keep it.` : ''}`,
    fix: (p) => `Write it to ${p.fixed}`,
  },
  KC222: {
    title: 'Scheduled pipelines both on and off',
    message: () =>
      'The triggers include scheduled pipelines, and "never in scheduled pipelines" is also set: the "never" rule comes first, so the job never runs in a schedule. Keep one of the two.',
    fix: () => 'Remove the schedule trigger',
  },
  KC223: {
    title: 'changes: with nothing to compare',
    message: (p) =>
      `The job of ${p.image} builds only when its paths changed, but in ${listOf(p.kinds, KINDS_EN, ' and ')}, GitLab has no push to compare with and counts rules:changes as true: the image is built anyway. For branch pipelines, "compare to" (e.g. refs/heads/main) gives a fixed base.`,
  },
  KC230: {
    title: 'Two images push the same reference',
    message: (p) =>
      `${p.image} and ${p.other} both push ${p.reference} in the same pipelines: whichever job finishes last wins, and the other image is lost. Give each image its own repository or tag.`,
  },
  KC231: {
    title: 'needs: names a job this pipeline does not have',
    message: (p) =>
      `needs: names ${p.job}, which is not one of the jobs generated here. GitLab refuses the pipeline ("… needs … but it was not added to the pipeline") unless the file you paste the jobs into defines it.`,
    fix: (p) => `Remove ${p.job} from needs`,
  },
  KC235: {
    title: 'The retag job copies an image no job pushes',
    message: (p) =>
      `The retag job tags ${p.reference}, but no build job pushes that reference before it runs (in the tag pipeline itself or in a branch pipeline of the same commit), so on a tag crane finds nothing to copy ("MANIFEST_UNKNOWN"). Push it from a build job (e.g. a destination with the short commit SHA on branch pipelines) or change "from tag".`,
  },
  KC236: {
    title: 'parallel:matrix not possible: written with extends',
    message: (p) =>
      `The matrix layout was chosen, but ${lowerFirst(p.reasonEn)} The jobs are written as a hidden template with extends instead, which GitLab runs the same way.`,
    fix: () => 'Use the extends layout',
  },
  KC237: {
    title: 'Retag image not pinned',
    message: (p) =>
      `${p.image} moves to each new go-containerregistry release, so the retag job can run another crane from one day to the next. Pin it to a version (go-containerregistry publishes each release's debug image, which has the shell the job needs, as gcr.io/go-containerregistry/crane/debug:<version>) or to a digest (@sha256:…).`,
  },
  KC238: {
    title: 'Fixed tag pushed by every pipeline',
    message: (p) =>
      `The job of ${p.image} runs in every branch and merge request pipeline and pushes ${p.reference} in each: every pipeline overwrites it with its own build, so it ends up holding whichever branch built last. Push it on the default branch only; the other pipelines still build.`,
    fix: () => 'Push it on the default branch only',
  },
  KC239: {
    title: 'The same build in several images',
    message: (p) =>
      `${p.images} build the same context, Dockerfile and settings in separate jobs: each build makes its own image, so the registries can get different digests (a base image or a package can change between two builds). Build it once and push it to every destination.`,
    fix: () => 'Build once, push to every destination',
  },
  KC240: {
    title: 'Invalid tag in the retag job',
    message: (p) =>
      `"${p.tag}" is not a valid image tag (at most 128 letters, digits, "_", "." and "-", not starting with "." or "-"): crane would fail on it, and reads a word starting with "-" as one of its options.${p.fixed ? ` Use ${p.fixed}.` : ''}`,
    fix: (p) => `Use ${p.fixed}`,
  },
  KC301: {
    title: 'Proxy not set for kaniko itself',
    message: () =>
      'The proxy is only passed as build args: RUN steps use it, but kaniko\'s own pulls and pushes go direct. Behind a proxy that typically fails with 403 "error checking push permissions" or with timeouts. Also set the proxy as job variables.',
    fix: () => 'Set the proxy as job variables',
  },
  KC305: {
    title: 'Proxy variable defined as itself',
    message: (p) =>
      `${p.variables} is set to its own value: the runner already provides it. As a job variable that defines the variable as itself, which GitLab does not resolve to the runner's proxy. Choose "The runner sets the proxy": the job then defines no proxy variables and passes them to RUN steps by name (--build-arg http_proxy), so kaniko reads the runner's values.`,
    fix: () => 'The runner sets the proxy',
  },
  KC302: {
    title: 'No HTTPS proxy',
    message: (p) =>
      `Only http_proxy is set. Registries are reached over HTTPS, which uses https_proxy, so kaniko's pulls and pushes bypass ${p.proxy}. Set https_proxy too (usually to the same value).`,
    fix: () => 'Use the same proxy for HTTPS',
  },
  KC303: {
    title: 'Proxy not passed to RUN steps',
    message: () =>
      'The proxy is not passed as build args, so RUN steps of the Dockerfile (apt-get, npm, pip) cannot reach the network through it.',
    fix: () => 'Pass the proxy as build args',
  },
  KC304: {
    title: 'no_proxy is empty',
    message: () =>
      'Every request goes through the proxy, pushes to your GitLab container registry included. If the registry is internal, an outside proxy can answer kaniko\'s push check with 403 "error checking push permissions": add your GitLab and registry hosts to no_proxy.',
  },
  KC310: {
    title: 'Credentials in a URL',
    message: (p) =>
      `${p.field} has a user name and password in a URL. The generated file is committed to the repository, where everyone with access can read it. Keep the password in a masked CI/CD variable and refer to it by name.`,
    fix: () => 'Remove the credentials from the URL',
  },
  KC311: {
    title: 'Private key in the config',
    message: (p) =>
      `${p.field} contains a private key. The generated file is committed to the repository. Keep the key in a File-type CI/CD variable; only public certificates belong here.`,
    fix: () => 'Remove the private key',
  },
  KC312: {
    title: 'Token in the config',
    message: (p) =>
      `${p.field} looks like a token or password. The generated file is committed to the repository. Keep it in a masked CI/CD variable and refer to it as $NAME.`,
    fix: () => 'Clear the value',
  },
  KC320: {
    title: 'Private registry without a CA certificate',
    message: (p) =>
      `${p.hosts ? `${p.hosts} is not a public registry. ` : ''}${p.skipped ? `TLS verification is turned off for ${p.skipped}, which is what people do when the certificate comes from their own CA; kaniko checks it again once that is undone (KC330). ` : ''}If a registry's certificate is signed by your own CA, kaniko fails with "x509: certificate signed by unknown authority". Add the CA certificate (Certificates: Trust a custom CA certificate), for example from the File-type CI/CD variable ${p.variable}.`,
    fix: (p) => `Add a CA certificate from ${p.variable}`,
  },
  KC321: {
    title: 'No certificate in the PEM',
    message: (p) =>
      `The pasted PEM has no "-----BEGIN CERTIFICATE-----" block, so no CA is added and registries signed by it still fail with x509 errors. Paste the certificate, or read it from a File-type CI/CD variable (${p.variable}).`,
    fix: (p) => `Read it from ${p.variable}`,
  },
  KC322: {
    title: 'A CA registry with "="',
    message: (p) =>
      `--registry-certificate gets ${p.registry}=…, which kaniko splits at the first "=": it reads the host ${p.host || '""'} and the file ${p.path}, which is not there, and stops with "failed to load certificate" when it talks to that host. Write the host alone (host[:port]).`,
    fix: (p) => `Set the registry to ${p.host}`,
  },
  KC330: {
    title: 'TLS verification turned off',
    message: (p) =>
      `${p.flags} turns certificate checks off, so anyone between the runner and the registry can read the credentials and change the images. Turn the checks back on. ${p.caEnabled ? 'The CA certificate you added is then checked as well.' : `If the registry's certificate is signed by your own CA, kaniko then fails with "x509: certificate signed by unknown authority": add the CA certificate (Certificates: Trust a custom CA certificate), for example from the File-type CI/CD variable ${p.variable}.`}`,
    fix: (p) =>
      p.caEnabled ? 'Turn certificate checks back on' : 'Turn certificate checks back on, then add the CA',
  },
  KC331: {
    title: 'Registry over plain HTTP',
    message: (p) =>
      `${p.flags} lets kaniko talk to registries over plain HTTP: credentials and images travel unencrypted and can be changed on the way. Serve the registry over HTTPS (with your CA certificate if needed).`,
    fix: () => 'Use HTTPS only',
  },
  KC332: {
    title: 'CA variable read the other way',
    message: (p) =>
      p.as === 'base64-variable'
        ? `The name ${p.variable} says it holds the certificate in base64, but it is read as a File-type CI/CD variable: the job appends its text to the CA bundle as it is, and base64 text is no certificate to kaniko (x509: certificate signed by unknown authority). If it holds base64, choose "A CI/CD variable holding base64".`
        : `The name ${p.variable} says it is a File-type CI/CD variable, but it is decoded as base64: a File-type variable holds the path of its file, and base64 -d of a path stops the job or gives no certificate. If it is a File-type variable holding the PEM, choose "A File-type CI/CD variable".`,
    fix: (p) =>
      p.as === 'base64-variable' ? 'Decode it as base64' : 'Read it as a File-type CI/CD variable',
  },
  KC333: {
    title: 'CA file missing in the manifest job',
    message: (p) =>
      `The CA certificate is read from ${p.path}, outside the project directory: a file of the kaniko image. The ${p.job} job runs in manifest-tool's image, which has the repository but not that file, so it is left out there and manifest-tool cannot verify registries signed by that CA (x509: certificate signed by unknown authority). Keep the certificate in the repository, or use a File-type CI/CD variable.`,
  },
  KC334: {
    title: 'CA path variable missing in manifest/release jobs',
    message: (p) =>
      `The CA certificate is read from ${p.path}, only the variable ${p.variable}: the build jobs append that file, but the jobs in other images (${p.jobs}) leave a path outside the project out, so they cannot verify registries signed by that CA (x509: certificate signed by unknown authority). If ${p.variable} is a File-type CI/CD variable, choose "A File-type CI/CD variable": every job then trusts the CA.`,
    fix: (p) => `Read ${p.variable} as a File-type CI/CD variable`,
  },
  KC335: {
    title: 'CA file missing in the release job',
    message: (p) =>
      `The CA certificate is read from ${p.path}, outside the project directory: a file of the kaniko image. The ${p.job} job runs in crane's image, which has the repository but not that file, so it is left out there and crane cannot verify registries signed by that CA (x509: certificate signed by unknown authority). Keep the certificate in the repository, or use a File-type CI/CD variable.`,
  },
  KC340: {
    title: 'Dependency Proxy port mismatch',
    message: (p) => {
      if (p.action === 'prefix-arg')
        return "config.json keys the Dependency Proxy's credentials by the host without its port (gitlab.com), but without the prefix build arg your FROM lines use CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX, which includes :443. The keys differ, so pulls are anonymous and fail. Pass the prefix as a build arg (it then matches the key), or keep the port in the key."
      const uses = [
        p.mirrors && `the registry mirror${p.mirrors.includes(', ') ? 's' : ''} ${p.mirrors}`,
        p.buildArgs && `the build argument${p.buildArgs.includes(', ') ? 's' : ''} ${p.buildArgs}`,
        p.from && 'FROM lines that use CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX',
      ].filter(Boolean)
      return `"Log in by host name without the port" keys the Dependency Proxy's credentials in config.json by the host without its port (gitlab.com), but ${uses.join(' and ')} name${uses.length === 1 && !p.from && !p.mirrors.includes(', ') && !p.buildArgs.includes(', ') ? 's' : ''} it with the port (gitlab.com:443) from the CI_DEPENDENCY_PROXY_* variables. kaniko asks for the exact host, finds no credentials and pulls anonymously, which the Dependency Proxy refuses${p.mirrors ? " (for a mirror, kaniko then quietly pulls from the image's own registry, such as Docker Hub)" : ''}. Keep the port in the key, so that every place agrees.`
    },
    fix: (p) =>
      p.action === 'prefix-arg'
        ? 'Pass the matching prefix as a build arg'
        : 'Log in by host name with the port (gitlab.com:443)',
  },
  KC341: {
    title: 'The Dockerfile needs the prefix ARG',
    message: () =>
      'The pipeline passes CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX as a build arg. Declare it before FROM in the Dockerfile: ARG CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX, then FROM ${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX}/alpine:3.20.',
  },
  KC342: {
    title: 'Wrong key for Docker Hub',
    message: (p) =>
      `kaniko looks up Docker Hub credentials under ${p.key} only; under "${p.host}" they are never used, so pulls are anonymous (and rate-limited) and pushes are denied. Use ${p.key}.`,
    fix: (p) => `Use ${p.key}`,
  },
  KC343: {
    title: 'No credentials for a destination',
    message: (p) =>
      `Nothing logs kaniko in to ${p.host}: only the GitLab container registry ($CI_REGISTRY) is automatic. Unless ${p.host} is your GitLab's own registry, the push fails with an authentication error. Add the registry with the CI/CD variables that hold its user name and password.`,
    fix: (p) => `Add credentials for ${p.key}`,
  },
  KC344: {
    title: 'Registry listed twice',
    message: (p) =>
      `${p.host} is listed more than once (the pipeline itself may already write the GitLab registry or the Dependency Proxy); only one set of credentials is used and the other is silently ignored. Remove the duplicate.`,
    fix: () => 'Remove the duplicate',
  },
  KC345: {
    title: 'Registry with a path',
    message: (p) =>
      p.helper
        ? `kaniko calls a credential helper only for a registry's exact host, so the helper set for "${p.host}" is never called and the job has no credentials there. The path ${p.path} cannot limit credentials to some repositories: use the host ${p.key}.`
        : `kaniko looks credentials up by registry host: "${p.host}" is used only when no entry for ${p.key} itself exists (the pipeline may write one, such as $CI_REGISTRY), and then for every image on ${p.key}. The path ${p.path} cannot limit credentials to some repositories: use the host ${p.key}.`,
    fix: (p) => `Use ${p.key}`,
  },
  KC346: {
    title: 'Dependency Proxy without credentials',
    message: (p) => {
      const uses = [
        p.mirrors && `the registry mirror${p.mirrors.includes(', ') ? 's' : ''} ${p.mirrors}`,
        p.buildArgs && `the build argument${p.buildArgs.includes(', ') ? 's' : ''} ${p.buildArgs}`,
      ]
      return `GitLab's Dependency Proxy is named by ${uses.filter(Boolean).join(' and ')}, but "Pull base images through the Dependency Proxy" is off, so the pipeline writes no credentials for it. The Dependency Proxy refuses anonymous pulls${p.mirrors ? " (for a mirror, kaniko then quietly pulls from the image's own registry, such as Docker Hub)" : ''}. Turn it on.`
    },
    fix: () => 'Pull base images through the Dependency Proxy (with the port in the key)',
  },
  KC347: {
    title: 'Registries not added to DOCKER_AUTH_CONFIG',
    message: (p) =>
      `The config.json comes from $${p.variable} as it is ("Add the registries above to it" is off), so the job writes no credentials for ${p.hosts}: they get only what $${p.variable} holds. Turn on adding them (ours replace its entry for the same host), or remove those registries.`,
    fix: () => 'Add the registries to it',
  },
  KC348: {
    title: 'Google helper without a key',
    message: (p) =>
      `The gcr credential helper for ${p.host} has no File-type CI/CD variable with a service account key, so it uses the runner's own Google credentials: only runners on Google Cloud (the metadata server, GKE Workload Identity) have them. Elsewhere, set a File-type CI/CD variable holding the key.`,
  },
  KC349: {
    title: 'Key file without the Google helper',
    message: (p) =>
      `${p.variable} is set as the service account key for ${p.host}, but its credential helper is not gcr: the job never hands the key to kaniko (GOOGLE_APPLICATION_CREDENTIALS is set only for the gcr helper). Choose the Google (gcr) helper, or clear the key variable.`,
    fix: (p) => `Use the gcr helper for ${p.host}`,
  },
  KC350: {
    title: 'User name with a colon',
    message: (p) =>
      `The user name ${p.user} for ${p.host} contains ":". config.json keeps "user:password" in base64, and kaniko, manifest-tool and crane split it at the first ":", so the registry gets a shorter user name and a wrong password. Use the registry's user name without ":" (registries do not allow one), or take it from a CI/CD variable.`,
  },
  KC351: {
    title: 'Registry key from a variable',
    message: (p) =>
      `The config.json key ${p.host} takes its value from the CI/CD variable ${p.variable} when the job runs, so the config cannot check it. kaniko uses the entry only if that value is exactly the registry host of the destination (host[:port], no scheme or path); for Docker Hub only https://index.docker.io/v1/ works, so a value such as docker.io or index.docker.io leaves the push without credentials (401). If this registry is Docker Hub, write that key instead of the variable.`,
  },
  KC352: {
    title: 'GitLab registry left to a helper kaniko does not have',
    message: (p) =>
      `The GitLab registry is left to kaniko's built-in GitLab credential helper, but the executor image is kaniko ${p.version}: the helper arrived in v1.9.0, so the push to the GitLab registry has no credentials (401 unauthorized). Let the pipeline write the registry's entry into config.json, or use kaniko v1.9.0 or newer.`,
    fix: () => 'Write the GitLab registry entry when needed',
  },
  KC353: {
    title: 'config.json only for the GitLab registry',
    message: () =>
      "The job writes a config.json that holds only the GitLab registry ($CI_REGISTRY), which kaniko v1.9.0 and later logs in to by itself with the job's token. The file is not needed: with Automatic, no config.json is written and no credential goes through the script.",
    fix: () => 'Let kaniko log in to the GitLab registry',
  },
  KC401: {
    title: 'Cache without push needs a cache repository',
    message: (p) =>
      `kaniko refuses --cache with --no-push unless --cache-repo is given ("if using cache with --no-push, specify cache repo with --cache-repo"). Set a cache repository, for example ${p.repository}.`,
    fix: (p) => `Use ${p.repository}`,
  },
  KC402: {
    title: 'Cache repository left to kaniko',
    message: (p) =>
      `Without a cache repository kaniko uses <destination>/cache, which has caused 401 errors and clean-up trouble (gitlab-org/gitlab#457057). Set it explicitly, for example ${p.repository}.`,
    fix: (p) => `Use ${p.repository}`,
  },
  KC403: {
    title: 'Cache options without the cache',
    message: () =>
      'Cache options are set but the cache is off, so they have no effect. Turn the cache on, or clear the options.',
    fix: () => 'Turn the cache on',
  },
  KC404: {
    title: 'Very short cache TTL',
    message: (p) =>
      `Cached layers older than ${p.ttl} are ignored, so most builds miss the cache. kaniko's default is 336h (two weeks).`,
    fix: () => 'Use the default TTL',
  },
  KC405: {
    title: '--use-new-run is experimental',
    message: () =>
      '--use-new-run detects changes without snapshots. It is experimental and can miss files changed by RUN steps, leaving them out of the image. Use it only if you have checked the result.',
    fix: () => 'Turn --use-new-run off',
  },
  KC501: {
    title: 'Platform without runner tags',
    message: (p) =>
      `The ${p.platform} build job has no runner tags, so any runner may pick it up, and on a runner of another architecture it builds an image for that architecture instead. Add the tags of a ${p.platform} runner${p.tags ? ` (on GitLab.com: ${p.tags})` : ''}.`,
    fix: (p) => `Use ${p.tags}`,
  },
  KC502: {
    title: 'No debug image for this platform',
    message: (p) =>
      `${p.repository} has no debug image for ${p.platform}, so the ${p.platform} job cannot start. ${p.action === 'fork' ? 'The maintained fork publishes one.' : 'Remove the platform, or use an image built for it.'}`,
    fix: (p) => (p.action === 'fork' ? 'Switch to the maintained fork' : `Remove ${p.platform}`),
  },
  KC503: {
    title: 'manifest-tool image without a shell',
    message: (p) =>
      `${p.image} is built FROM scratch and has no shell, so the manifest job's script cannot run. Use ${p.replacement}.`,
    fix: (p) => `Use ${p.replacement}`,
  },
  KC504: {
    title: 'Platforms share a tag',
    message: (p) =>
      `With the suffix "${p.suffix}", ${p.platforms} all push tags ending in "${p.result}": they overwrite each other and the manifest lists one image several times. Put ARCH and VARIANT in the suffix.`,
    fix: () => 'Use -ARCHVARIANT',
  },
  KC505: {
    title: 'Tag suffix without ARCH',
    message: (p) =>
      `The suffix "${p.suffix}" has no ARCH, so the per-platform tags do not name their architecture, and adding a platform makes them collide. Use -ARCHVARIANT.`,
    fix: () => 'Use -ARCHVARIANT',
  },
  KC506: {
    title: 'Tag suffix makes an invalid tag',
    message: (p) =>
      `For ${p.platform} the suffix "${p.suffix}" gives "${p.result}", with characters a tag cannot have (only letters, digits, "_", "." and "-"). Use -ARCHVARIANT.`,
    fix: () => 'Use -ARCHVARIANT',
  },
  KC507: {
    title: 'Multi-arch builds must push',
    message: () =>
      'The manifest job joins the images the build jobs pushed. With --no-push nothing is pushed, so manifest-tool fails. Turn --no-push off.',
    fix: () => 'Turn --no-push off',
  },
  KC508: {
    title: 'Custom platform in a multi-arch build',
    message: (p) =>
      `Every build job would pass --custom-platform ${p.platform}, so every per-platform image claims that one platform. Multi-arch jobs already build natively on each platform's runner; clear the custom platform.`,
    fix: () => 'Clear the custom platform',
  },
  KC510: {
    title: 'ARCH, OS or VARIANT in an image reference',
    message: (p) =>
      `"${p.text}" contains ${p.word}. manifest-tool replaces the first ARCH, OS and VARIANT of the whole template, so it changes this part instead of the suffix and looks for images that do not exist. Write it in lowercase or rename it.`,
    fix: () => 'Write it in lowercase',
  },
  KC601: {
    title: 'Build arg value with spaces',
    message: (p) =>
      `The value of ${p.name} contains spaces. It reaches kaniko as one argument, but a RUN step that uses $${p.name} without quotes splits it into words: write "$${p.name}" in the Dockerfile.`,
  },
  KC602: {
    title: 'Build arg passed twice',
    message: (p) =>
      `${p.name} is passed to kaniko more than once (the pipeline may already pass it for the proxy or the Dependency Proxy), and only the last value counts. Remove this one.`,
    fix: () => 'Remove this build arg',
  },
  KC603: {
    title: 'Every stage is built',
    message: (p) =>
      `Without --skip-unused-stages kaniko builds every stage of the Dockerfile, including the ones the target ${p.target} does not need.`,
    fix: () => 'Skip unused stages',
  },
  KC604: {
    title: '--cleanup is not needed',
    message: () =>
      'Each job runs kaniko once in a fresh container (one job per platform in multi-arch builds), so --cleanup only adds time. It is meant for running kaniko several times in one container.',
    fix: () => 'Turn --cleanup off',
  },
  KC605: {
    title: 'Dockerfile is a directory',
    message: (p) =>
      `The Dockerfile field (--dockerfile) is ${p.dockerfile}, a directory: kaniko needs the file and stops with "… is a directory". Name the file, for example ${p.fixed}.`,
    fix: (p) => `Use ${p.fixed}`,
  },
  KC606: {
    title: 'Label set twice',
    message: (p) =>
      p.shadowedBy === 'label'
        ? `The label ${p.key} is set twice. kaniko keeps the last value, so the earlier label does nothing: remove it.`
        : `The label ${p.key} is also one of the OCI labels ("Add OCI labels"), which come later and replace your value. To keep your value and the other OCI labels, list the OCI labels as ordinary labels.`,
    fix: (p) =>
      p.shadowedBy === 'label' ? 'Remove the earlier label' : `Keep your ${p.key}, list the other OCI labels`,
  },
  KC610: {
    title: 'Extra flag repeats a form field',
    message: (p) =>
      `${p.flag} is also a form field (${p.field}). Extra flags come last, so this one silently overrides or adds to the form, and the form no longer shows what the job does. Set it in the form.`,
    fix: () => 'Move it into the form',
  },
  KC611: {
    title: 'Unknown flag',
    message: (p) =>
      `kaniko does not know ${p.flag} and stops with "unknown flag".${p.suggestion ? ` Did you mean ${p.suggestion}?` : ''}`,
    fix: (p) => `Use ${p.suggestion}`,
  },
  KC612: {
    title: 'Flag of the maintained fork only',
    message: (p) =>
      `${p.flag} exists only in the osscontainertools fork; Google's kaniko stops with "unknown flag". Switch to the fork or remove the flag.`,
    fix: () => 'Switch to the maintained fork',
  },
  KC613: {
    title: 'Deprecated flag',
    message: (p) =>
      `${p.flag} is deprecated: kaniko still accepts it with a warning, but may drop it. Use ${p.replacement}.`,
    fix: (p) => `Use ${p.replacement}`,
  },
  KC614: {
    title: 'Several words in one entry',
    message: (p) =>
      `Each extra flag entry is passed as one argument, so "${p.entry}" reaches kaniko as a single word with spaces in it, and kaniko rejects it. Split it into ${p.count} entries.`,
    fix: (p) => `Split it into ${p.count} entries`,
  },
  KC615: {
    title: 'Flag value missing or invalid',
    message: (p) => {
      if (p.problem === 'missing-value')
        return `${p.flag} needs a value but is the last entry, so kaniko stops with "flag needs an argument".`
      if (p.problem === 'swallowed-flag')
        return `${p.flag} needs a value, so kaniko takes the next entry, ${p.value}, as its value and that flag is lost. Give ${p.flag} its value (${p.flag}=value).`
      return `"${p.value}" is not a valid value for ${p.flag} (${TYPE_NAMES[p.type] ?? p.type}), so kaniko stops with "invalid argument".`
    },
  },
  KC616: {
    title: 'Argument that is not a flag',
    message: (p) =>
      `"${p.entry}" is neither a flag nor a flag's value; kaniko takes it for a subcommand and stops with "unknown command".${p.merged ? ` Write ${p.merged}.` : ''}`,
    fix: (p) => `Use ${p.merged}`,
  },
  KC617: {
    title: 'Variable passed as one argument',
    message: (p) =>
      `${p.entry} is passed to kaniko as one quoted argument: when it is empty kaniko gets "" and stops with unknown command "", and when it holds several flags kaniko gets them as a single argument. To add flags from a CI/CD variable, name it in "Extra arguments from a CI/CD variable": its words become separate arguments, and nothing when it is empty.${p.current && p.current !== p.variable ? ` That field already names ${p.current}.` : ''}`,
    fix: (p) => `Take extra arguments from $${p.variable}`,
  },
  KC701: {
    title: 'Character GitLab misreads',
    message: (p) =>
      `${p.field} holds ${p.characters}: GitLab reads it as a line break (adding keys it runs) or refuses the file. Remove it.`,
  },
}
