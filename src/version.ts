/** The version `--version` prints and the User-Agent names. */
export const VERSION = '0.1.0';
