//! Building and running one Convene instance: migrate, pool, bind, mail worker.
//! (Skeleton: filled in by the core work.)
