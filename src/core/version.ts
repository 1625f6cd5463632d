/** kanikoconfig's version (kept equal to package.json by a test); named in the generated header. */
export const TOOL_VERSION = '0.1.0'
