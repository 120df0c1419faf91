package org.stockpile.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a mode of a sealed type that files write as one mapping (see {@link ReleaseRule},
 * {@link ExportControl}): what a file is told when it writes {@link #key()}, a key of other
 * modes, under this one, where the loader's own "only applies to mode ..." would say less.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MisplacedKey {

  /** The key, as files write it. */
  String key();

  /** The problem reported at the key, e.g. "has no meaning for a ban (use mode: quota to let a share through)". */
  String problem();
}
