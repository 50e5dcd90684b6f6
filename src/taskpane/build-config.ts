/** Build-time constants (webpack DefinePlugin, webpack.config.js); the fallbacks keep jest working without a build. */
declare const __PRESEND_VERSION__: string | undefined;

export const VERSION: string = typeof __PRESEND_VERSION__ !== "undefined" ? __PRESEND_VERSION__ : "dev";
