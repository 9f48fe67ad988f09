// Scaffolding; replaced as the target is written.
