//! Raw signing rate of each algorithm's crate on this machine, one core and all cores (rayon),
//! over payload-sized messages: the ceiling `cert issue --eligible` is measured against.
//!
//!   cargo bench --bench sign_rate
use mzctl::domain::seal::{Alg, SigningKey};
use rayon::prelude::*;
use std::time::Instant;

fn main() {
    let cores = rayon::current_num_threads();
    let msg = vec![0x5au8; 240];
    for alg in [Alg::Sm2, Alg::Ed25519] {
        let key = SigningKey::generate(alg);
        let n = 20_000;
        let t = Instant::now();
        for i in 0..n {
            let mut m = msg.clone();
            m[0] = i as u8;
            std::hint::black_box(key.sign(&m));
        }
        let one = n as f64 / t.elapsed().as_secs_f64();
        let t = Instant::now();
        (0..n * cores).into_par_iter().for_each(|i| {
            let mut m = msg.clone();
            m[0] = i as u8;
            std::hint::black_box(key.sign(&m));
        });
        let all = (n * cores) as f64 / t.elapsed().as_secs_f64();
        let sig = key.sign(&msg);
        let t = Instant::now();
        for _ in 0..n / 4 {
            std::hint::black_box(key.public().verify(&msg, &sig));
        }
        let verify = (n / 4) as f64 / t.elapsed().as_secs_f64();
        println!("{:<8} sign {:>8.0}/s on 1 core, {:>8.0}/s on {cores} cores; verify {:>7.0}/s on 1 core", alg.name(), one, all, verify);
    }
}
