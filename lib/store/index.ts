// lib/store: the only code that touches IndexedDB (see STORE_API.md).
export { db, CrosscountDB, SCHEMA_VERSIONS, toClaim } from './db';
export { ensureSeeded, resetToBundled } from './bundledSeed';
export { datasetInfo, seedFrom, seedIfChanged, type DatasetInfo } from './seed';
export { comparableClaims, searchClaims, getClaims, getDefinition, allDefinitions, type SearchFilters, type QueryOptions } from './queries';
export { importClaims, removeImportedClaims, type ImportResult } from './importClaims';
export { getSettings, updateSettings } from './settings';
export { addAnnotation, listAnnotations, updateAnnotationNote, deleteAnnotation } from './annotations';
