// Child process of the suite for the export figure (its own process, so its peak memory is its own).
import { benchExport } from './export.js';

process.stdout.write(`${JSON.stringify(await benchExport(Number(process.argv[2] ?? 100_000)))}\n`);
