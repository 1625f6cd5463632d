/**
 * What each config field means, for the JSON Schema that `kanikoconfig schema` prints. Kept apart
 * from the schema so the page (which has its own translated help) does not download these strings.
 * Keys are dotted paths; `[]` stands for the items of a list. A test requires one for every field.
 */
export const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  version: 'Config version; older versions are migrated forward.',
  executor: 'The kaniko executor image the build jobs run in.',
  job: 'The build job: name, stage, runner tags and the pipelines it runs in.',
  build: 'What kaniko builds: context, Dockerfile, target, build args and labels.',
  registries: 'Registry authentication: GitLab’s registry, the Dependency Proxy and other registries.',
  'registries.dependencyProxy': 'GitLab’s Dependency Proxy for base images.',
  proxy: 'HTTP(S) proxy for kaniko and for the Dockerfile’s RUN steps.',
  certificates: 'A custom CA certificate for registries signed by a private CA.',
  multiArch: 'Multi-architecture builds: one job per platform, joined by manifest-tool.',
  cache: 'kaniko’s layer cache in a registry.',
  snapshot: 'How kaniko snapshots the filesystem.',
  advanced: 'Other executor options: retries, output files, TLS, logging, extra flags.',
  output: 'What the generated file contains besides the jobs.',
  'executor.source':
    'Executor image family: Google’s archived image, the maintained osscontainertools fork, or custom.',
  'executor.tag':
    'Image tag for the google/osscontainertools images; use a pinned -debug tag (it has a shell).',
  'executor.customImage': 'Full image reference, used when source is "custom".',
  'executor.overrideEntrypoint': 'Emit entrypoint: [""] so GitLab can run the job script in the image.',
  'job.name': 'Name of the build job (multi-arch jobs get the architecture appended).',
  'job.stage': 'Stage the jobs run in.',
  'job.runnerTags': 'Runner tags of the build job (single-architecture builds).',
  'job.triggers':
    'Pipelines the job runs in (tag, default-branch, branch, merge-request); empty means every pipeline.',
  'job.manual': 'Start the build job by hand (when: manual).',
  'build.context':
    '--context: the build context. $NAME and ${NAME} are CI/CD variables; everything else is literal.',
  'build.dockerfile': '--dockerfile: path of the Dockerfile.',
  'build.target': '--target: the stage of a multi-stage Dockerfile to build.',
  'build.buildArgs': '--build-arg, one per entry.',
  'build.buildArgs[].name': 'Build argument name (the Dockerfile’s ARG).',
  'build.buildArgs[].value': 'Build argument value; $NAME and ${NAME} are CI/CD variables.',
  'build.buildArgs[].fromEnvironment':
    'Pass `--build-arg NAME` without a value: kaniko takes it from the job environment.',
  'build.labels': '--label, one per entry.',
  'build.labels[].key': 'Label key.',
  'build.labels[].value': 'Label value; $NAME and ${NAME} are CI/CD variables.',
  'build.ociLabels': 'Add org.opencontainers.image.* labels from predefined CI/CD variables.',
  'build.skipUnusedStages': '--skip-unused-stages: build only the stages the target needs.',
  destinations: 'Images to push: each repository with each of its tags (--destination).',
  'destinations[].repository': 'Image repository, e.g. ${CI_REGISTRY_IMAGE}.',
  'destinations[].tags': 'Tags to push, e.g. ${CI_COMMIT_TAG}, ${CI_COMMIT_SHORT_SHA}, latest.',
  'registries.gitlabAuth':
    'auto: rely on kaniko’s built-in GitLab helper (v1.9.0+) and add $CI_REGISTRY to config.json whenever one is written; config-json: always write it; helper: never.',
  'registries.dependencyProxy.enabled':
    'Authenticate to GitLab’s Dependency Proxy to pull base images through it.',
  'registries.dependencyProxy.stripPort':
    'Key config.json by host without port (as the document does); FROM lines must then omit :443.',
  'registries.dependencyProxy.prefixBuildArg':
    'Pass CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX as a build arg, matching the config.json key.',
  'registries.extra': 'Other registries to authenticate to (Docker Hub, a private registry…).',
  'registries.extra[].host': 'Registry key in config.json; Docker Hub is https://index.docker.io/v1/.',
  'registries.extra[].usernameVariable':
    'Name of the CI/CD variable holding the user name (never the value).',
  'registries.extra[].passwordVariable': 'Name of the masked CI/CD variable holding the password or token.',
  'registries.extra[].credentialHelper':
    'Use a credential helper shipped in /kaniko instead of user and password.',
  'proxy.http': 'http_proxy',
  'proxy.https': 'https_proxy',
  'proxy.noProxy': 'no_proxy',
  'proxy.jobVariables': 'Set the proxy as job variables (kaniko’s own pulls and pushes use them).',
  'proxy.buildArgs': 'Pass the proxy as --build-arg (RUN steps of the Dockerfile use them).',
  'proxy.fromRunner':
    'The runner already sets http_proxy, https_proxy and no_proxy in the job environment: no job variables, and the build args name them only (--build-arg http_proxy), so kaniko reads their values from the environment. The proxy values above are then ignored. Default false.',
  'certificates.enabled': 'Trust a custom CA: append it to kaniko’s certificate bundle.',
  'certificates.source': 'file-variable: a File-type CI/CD variable; pem: the certificate pasted here.',
  'certificates.fileVariable': 'File-type CI/CD variable holding the PEM.',
  'certificates.onlyWhenSet':
    'file-variable only: skip the CA (and --registry-certificate) when the variable is unset or empty, for pipelines shared by projects with and without a private CA. Default false: the job fails without it.',
  'certificates.pem': 'Pasted PEM certificate(s); public certificates only.',
  'certificates.registry': 'Also pass --registry-certificate for this registry host.',
  'multiArch.enabled': 'Build one image per platform on native runners, then join them with manifest-tool.',
  'multiArch.platforms': 'Target platforms, each with the runner tags of a runner of that architecture.',
  'multiArch.platforms[].platform': 'Platform as os/arch[/variant].',
  'multiArch.platforms[].runnerTags': 'Runner tags of this platform’s build job.',
  'multiArch.tagSuffix':
    'Literal suffix of each per-platform tag; manifest-tool replaces ARCH, OS and VARIANT (once each, in that order).',
  'multiArch.manifestToolImage': 'manifest-tool image; only the alpine variants have a shell.',
  'multiArch.manifestJobName': 'Name of the job that joins the per-platform images.',
  'multiArch.manifestRunnerTags': 'Runner tags of the manifest job.',
  'cache.enabled': '--cache: cache layers in a registry.',
  'cache.repository': '--cache-repo; empty lets kaniko infer <destination>/cache.',
  'cache.ttl': '--cache-ttl as a Go duration; empty keeps kaniko’s default (336h).',
  'cache.copyLayers': '--cache-copy-layers',
  'cache.runLayers': '--cache-run-layers (false to disable)',
  'cache.compressedCaching':
    '--compressed-caching (false saves memory on large builds); emitted whether the cache is on or not.',
  'snapshot.mode': '--snapshot-mode: full, redo (faster) or time; default keeps kaniko’s.',
  'snapshot.singleSnapshot': '--single-snapshot: one layer at the end.',
  'snapshot.useNewRun': '--use-new-run (experimental).',
  'snapshot.ignorePaths': '--ignore-path, one per entry.',
  'advanced.verbosity': '--verbosity; default keeps kaniko’s (info).',
  'advanced.logFormat': '--log-format; default keeps kaniko’s (color).',
  'advanced.logTimestamp': '--log-timestamp',
  'advanced.pushRetry': '--push-retry',
  'advanced.imageDownloadRetry': '--image-download-retry (kaniko v1.19.0+)',
  'advanced.digestFile': '--digest-file',
  'advanced.imageNameWithDigestFile': '--image-name-with-digest-file',
  'advanced.artifactsExpireIn':
    'artifacts:expire_in for the tarball and digest files the job keeps (those inside the project directory); default 1 week, empty for GitLab’s instance default.',
  'advanced.registryMirrors': '--registry-mirror, one per entry.',
  'advanced.reproducible': '--reproducible: strip timestamps.',
  'advanced.cleanup': '--cleanup: clean the filesystem at the end.',
  'advanced.noPush': '--no-push: build only.',
  'advanced.tarPath': '--tar-path: also save the image as a tarball.',
  'advanced.compression': '--compression: gzip or zstd; default keeps kaniko’s.',
  'advanced.customPlatform': '--custom-platform (not emulation).',
  'advanced.skipPushPermissionCheck': '--skip-push-permission-check (kaniko v1.14.0+)',
  'advanced.skipTlsVerify': '--skip-tls-verify (insecure).',
  'advanced.skipTlsVerifyPull': '--skip-tls-verify-pull (insecure).',
  'advanced.skipTlsVerifyRegistries': '--skip-tls-verify-registry, one per entry (insecure).',
  'advanced.insecure': '--insecure: push over plain HTTP.',
  'advanced.insecurePull': '--insecure-pull: pull over plain HTTP.',
  'advanced.insecureRegistries': '--insecure-registry, one per entry.',
  'advanced.extraFlags':
    'Extra executor arguments, one argument per entry (for example --image-fs-extract-retry=3).',
  'advanced.extraArgsVariable':
    'Name of a CI/CD variable whose words are added after every other flag ($NAME unquoted on purpose: split at spaces, nothing when empty or unset, no globbing). Empty: none.',
  'output.comments': 'Explanatory comments in the YAML.',
  'output.stagesBlock': 'Emit a top-level stages: list.',
  'output.header': 'A header comment naming kanikoconfig.',
}
