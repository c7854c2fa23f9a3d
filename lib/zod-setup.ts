import { z } from 'zod';

// Extension pages forbid eval; zod 4 probes Function('') for its JIT unless told not to.
z.config({ jitless: true });
