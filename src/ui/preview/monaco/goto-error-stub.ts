/**
 * Stands in for Monaco's "go to next problem" peek widget (see the alias in vite.config.ts). Without a
 * marker controller the marker hover leaves out its "View Problem" link; the message, its source and
 * the squiggle stay. The preview lists its problems in the diagnostics panel instead.
 */
export const MarkerController = { get: (): null => null }
export const NextMarkerAction = { ID: 'editor.action.marker.next' } as const
