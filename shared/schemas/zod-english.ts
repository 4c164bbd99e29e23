// Gives schemas built with zod/mini zod's English issue messages, which zod classic sets by itself.

import { en } from 'zod/locales'
import * as z from 'zod/mini'

// Only when none is set, as zod classic does, so a locale chosen elsewhere wins. Issue codes
// and paths never depend on it; the generic texts ('Too small: ...') that describe-issue
// and the import's problem details read do.
if (!z.config().localeError) z.config(en())
