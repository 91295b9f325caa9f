// The personal-data check lives in ./pii/ (index.ts); this file keeps `import … from './pii'` resolving the same under every resolver.
export * from './pii/index';
