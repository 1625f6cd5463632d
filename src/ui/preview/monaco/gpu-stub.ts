/**
 * Stands in for Monaco's WebGPU renderer (see the alias in vite.config.ts). The editor builds it only
 * when `experimentalGpuAcceleration` is 'on'; the preview leaves that option at its default, 'off'.
 */
const unavailable = (): never => {
  throw new Error('the GPU renderer is not part of the kanikoconfig build')
}

export class ViewGpuContext {
  constructor() {
    unavailable()
  }
}
export class ViewLinesGpu {
  constructor() {
    unavailable()
  }
}
export class GpuMarkOverlay {
  constructor() {
    unavailable()
  }
}
export class RulersGpu {
  constructor() {
    unavailable()
  }
}
