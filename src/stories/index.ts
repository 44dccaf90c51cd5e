export { findStories, storiesApart, type Stories, type Story, type StoryInput, type StoryOptions } from './stories.ts';
