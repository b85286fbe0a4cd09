export {
  createLayoutClient,
  type LayoutClient,
  type LayoutClientOptions,
  type WorkerLike,
} from './createLayoutClient';
