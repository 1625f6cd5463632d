import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { PLATFORMS, type Platform, platformParts } from '../../core/catalog/platforms.ts'

/**
 * Tiny OCI images made with umoci, without a daemon: one layer with a static busybox and a file
 * naming the platform, then one tag per platform whose config names that architecture (umoci has
 * no flag for the variant; the manifest step adds it). `base` is the image the Dependency Proxy
 * serves as a FROM.
 */

export interface Images {
  /** The OCI layout directory. */
  readonly layout: string
  /** `oci:<layout>:<tag>` of the image for a platform. */
  readonly platformImage: (platform: Platform) => string
  readonly baseImage: string
}

export const BASE_IMAGE_FILE = '/etc/kanikoconfig-base'

export function makeImages(dir: string): Images {
  const layout = path.join(dir, 'oci')
  const bundle = path.join(dir, 'bundle')
  umoci(['init', '--layout', layout])
  umoci(['new', '--image', `${layout}:base`])
  umoci(['unpack', '--image', `${layout}:base`, bundle])
  const rootfs = path.join(bundle, 'rootfs')
  fs.mkdirSync(path.join(rootfs, 'bin'), { recursive: true })
  fs.mkdirSync(path.join(rootfs, 'etc'), { recursive: true })
  fs.copyFileSync('/usr/bin/busybox', path.join(rootfs, 'bin/busybox'))
  fs.writeFileSync(path.join(rootfs, BASE_IMAGE_FILE), 'base image served by the Dependency Proxy\n')
  umoci(['repack', '--image', `${layout}:base`, bundle])
  fs.rmSync(bundle, { recursive: true, force: true })
  for (const platform of PLATFORMS) {
    const { os, architecture } = platformParts(platform)
    umoci([
      'config',
      '--image',
      `${layout}:base`,
      '--tag',
      platformTag(platform),
      '--os',
      os,
      '--architecture',
      architecture,
    ])
  }
  return {
    layout,
    platformImage: (platform) => `oci:${layout}:${platformTag(platform)}`,
    baseImage: `oci:${layout}:base`,
  }
}

function platformTag(platform: Platform): string {
  return platform.replaceAll('/', '-')
}

function umoci(args: readonly string[]): void {
  const result = spawnSync('umoci', args, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`umoci ${args.join(' ')} failed: ${result.stderr}`)
}
