import path from 'node:path';
import type { SourceFormat } from '../model/types.ts';

const FORMATS: Record<string, SourceFormat> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };

/** Supported extensions, for messages. */
export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

/** The format of a file by its extension, or null when we cannot read it. */
export const formatOf = (file: string): SourceFormat | null => FORMATS[path.extname(file).toLowerCase()] ?? null;

/** Files that may sit beside the sources without being one: hidden files and a readme. */
export const isBesideSources = (file: string): boolean => file.startsWith('.') || /^readme(?:\.[a-z]+)?$/i.test(file);
