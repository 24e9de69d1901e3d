// zod's tree-shakable build. It loads no messages by default; English is loaded here (~5 KB)
// so that a schema error still says what is wrong ("Invalid input: expected string, received
// number"). Runtime schemas import it as `import * as z from '…/zod-english.js'`: esbuild
// drops the unused parts of a namespace import, but not of zod/mini's `z` object, which
// would bring back every locale (~700 KB).
import { en } from 'zod/locales';
import { config } from 'zod/mini';

config(en());

export * from 'zod/mini';
