export {
  createLayoutClient,
  type LayoutClient,
  type LayoutClientOptions,
  type WorkerLike,
} from './createLayoutClient';
export {
  browserLayoutStore,
  createLayoutStore,
  type LayoutStore,
  type LayoutStoreOptions,
  type StorageLike,
} from './layoutStore';
export { mainThreadWorker } from './mainThreadWorker';
