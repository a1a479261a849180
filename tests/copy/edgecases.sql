-- SPDX-License-Identifier: GPL-3.0-or-later
-- A schema with every case issue 5 lists. Loaded with the `mariadb` client as root.
SET NAMES utf8mb4;
SET time_zone = '+00:00';
SET sql_mode = 'NO_AUTO_VALUE_ON_ZERO';
CREATE DATABASE `edge db` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
USE `edge db`;

CREATE TABLE `select` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `col with space` VARCHAR(50),
  `back``tick` TEXT,
  `ümlaut€` VARCHAR(20),
  tiny TINYINT, utiny TINYINT UNSIGNED, big BIGINT, ubig BIGINT UNSIGNED,
  dec1 DECIMAL(65,30), f FLOAT, d DOUBLE,
  b BIT(13), b64 BIT(64), e ENUM('a','b','c d'), st SET('x','y','z'),
  dt DATETIME(6), ts TIMESTAMP(3) NULL DEFAULT NULL, dd DATE, tt TIME(6), yy YEAR,
  j JSON, g GEOMETRY, pt POINT,
  bl LONGBLOB, tx LONGTEXT, lat VARCHAR(20) CHARACTER SET latin1,
  gen_v INT AS (tiny + 1) VIRTUAL,
  gen_s VARCHAR(80) AS (CONCAT(IFNULL(`col with space`, '-'), 'x')) STORED,
  secret INT INVISIBLE DEFAULT 7,
  PRIMARY KEY (id),
  KEY idx_tiny (tiny)
) ENGINE=InnoDB AUTO_INCREMENT=1000 ROW_FORMAT=DYNAMIC COMMENT='reserved ''name''';

INSERT INTO `select` (id) VALUES (1);
INSERT INTO `select` (id, tiny, utiny, big, ubig, dec1, f, d, b, b64)
VALUES (2, -128, 255, -9223372036854775808, 18446744073709551615,
        '-99999999999999999999999999999999999.999999999999999999999999999999', -3.40282e38, 1.7976931348623157e308,
        b'1111111111111', b'1111111111111111111111111111111111111111111111111111111111111111'),
       (3, 127, 0, 9223372036854775807, 0, '0.000000000000000000000000000001', 1.17549e-38, 4.9e-324, 0x5c, 0x000A09005C4E0000),
       (4, 0, 1, 0, 1, '12345.678901234567890123456789012345', 0.1, 0.1, 0x09, 0x0A),
       (5, 1, 2, 3, 4, '-0.5', 1e0/3e0, 1e0/3e0, 0, 0),
       (0, NULL, NULL, NULL, NULL, NULL, -0.0, -0.0, NULL, NULL);
INSERT INTO `select` (id, dt, ts, dd, tt, yy) VALUES
  (10, '0000-00-00 00:00:00', '0000-00-00 00:00:00', '0000-00-00', '-838:59:59.000000', 0),
  (11, '2024-02-29 23:59:59.999999', '2038-01-19 03:14:07.999', '9999-12-31', '12:34:56.123456', 2155),
  (12, '1000-01-01 00:00:00.000001', '1970-01-01 00:00:01.001', '1000-01-01', '838:59:59.999999', 1901),
  (13, '2021-03-28 01:30:00', '2021-03-28 01:30:00.5', '2021-03-28', '00:00:00', 2021);
INSERT INTO `select` (id, `col with space`, `back``tick`, `ümlaut€`, tx, lat, e, st) VALUES
  (20, '', 'NULL', 'Grüße € 😀', 'a\tb\nc\\d\0e\\N', 'Grüße', 'c d', 'x,z'),
  (21, 'NULL', '', '𝄞𝄢', '\\N', '', 'a', ''),
  (22, '\\N', NULL, '', NULL, NULL, 'b', 'x,y,z'),
  (23, 'tab\there', 'new\nline\r\n', 'back\\slash', '\0\0\0', 'x''y', NULL, NULL);
INSERT INTO `select` (id, j, g, pt) VALUES
  (30, '{"a": [1, 2.5, "x\\u0000y"], "b": null, "c": "ü😀"}', ST_GeomFromText('POLYGON((0 0,1 0,1 1,0 0))'),
   POINT(1.5, -2.25)),
  (31, '[]', ST_GeomFromText('MULTILINESTRING((0 0,1 1),(2 2,3 3))', 4326), POINT(0, 0));
-- binary: every byte value, and a 5 MB value (more than the client's default buffers)
INSERT INTO `select` (id, bl) SELECT 40, GROUP_CONCAT(CHAR(seq) ORDER BY seq SEPARATOR '') FROM seq_0_to_255;
INSERT INTO `select` (id, bl, tx) VALUES (41, REPEAT(UNHEX(SHA2('cutover', 512)), 80000), REPEAT('😀\t\\N\n', 100000));
INSERT INTO `select` (id, secret) VALUES (50, 42);

-- no primary key, duplicates kept
CREATE TABLE nopk (a INT, b VARCHAR(10)) ENGINE=InnoDB;
INSERT INTO nopk VALUES (1,'x'),(1,'x'),(1,'x'),(NULL,NULL),(NULL,NULL),(2,''),(2,NULL),(3,'NULL');

-- non-InnoDB engines
CREATE TABLE my (id INT PRIMARY KEY, v VARCHAR(20)) ENGINE=MyISAM CHECKSUM=1;
INSERT INTO my SELECT seq, CONCAT('m', seq) FROM seq_1_to_3000;
CREATE TABLE ar (id INT PRIMARY KEY, v VARCHAR(20)) ENGINE=Aria;
INSERT INTO ar VALUES (1, 'aria'), (2, 'tab\t');

-- system-versioned, implicit and explicit period columns, with history
CREATE TABLE vers (id INT PRIMARY KEY, v INT) WITH SYSTEM VERSIONING;
INSERT INTO vers VALUES (1, 1), (2, 2), (3, 3);
UPDATE vers SET v = v + 10 WHERE id <= 2;
DELETE FROM vers WHERE id = 3;
CREATE TABLE vers2 (id INT PRIMARY KEY, x VARCHAR(10),
  rs TIMESTAMP(6) GENERATED ALWAYS AS ROW START INVISIBLE, re TIMESTAMP(6) GENERATED ALWAYS AS ROW END INVISIBLE,
  PERIOD FOR SYSTEM_TIME(rs, re)) WITH SYSTEM VERSIONING;
INSERT INTO vers2 VALUES (1, 'a');
UPDATE vers2 SET x = 'b';

-- sequences
CREATE SEQUENCE seq1 START WITH 100 INCREMENT BY 5;
SELECT NEXTVAL(seq1), NEXTVAL(seq1);

-- partitioned
CREATE TABLE parts (id INT NOT NULL, v VARCHAR(10), PRIMARY KEY (id))
  PARTITION BY RANGE (id) (PARTITION p0 VALUES LESS THAN (100), PARTITION p1 VALUES LESS THAN MAXVALUE);
INSERT INTO parts VALUES (1, 'low'), (99, 'low'), (100, 'high'), (100000, 'high');

-- foreign keys (child created first, which foreign_key_checks=0 on the target allows)
CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;
CREATE TABLE child (id INT PRIMARY KEY AUTO_INCREMENT, parent_id INT NOT NULL,
  CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE) ENGINE=InnoDB;
INSERT INTO parent VALUES (1, 'one'), (2, 'two');
INSERT INTO child (parent_id) VALUES (1), (2), (2);

-- many rows, chunked; the trigger would change v if it fired during the load
CREATE TABLE many (id BIGINT UNSIGNED PRIMARY KEY, v INT NOT NULL, s VARCHAR(40), KEY (v)) ENGINE=InnoDB;
INSERT INTO many SELECT seq, seq % 97, MD5(seq) FROM seq_1_to_20000;
INSERT INTO many VALUES (18446744073709551615, 1, 'max');
CREATE TABLE neg (id BIGINT PRIMARY KEY, v INT) ENGINE=InnoDB;
INSERT INTO neg VALUES (-9223372036854775808, 1), (-5, 2), (0, 3), (9223372036854775807, 4);
CREATE TABLE comp (name VARCHAR(10), n INT, PRIMARY KEY (name, n)) ENGINE=InnoDB;
INSERT INTO comp VALUES ('a', 1), ('a', 2), ('b', 1);
CREATE TABLE empty_t (id INT PRIMARY KEY) ENGINE=InnoDB;

-- objects
CREATE USER 'app'@'%' IDENTIFIED BY 'app-secret';
CREATE USER 'app'@'127.0.0.1' IDENTIFIED BY 'other';
CREATE ROLE reporting;
GRANT SELECT ON `edge db`.`select` TO reporting;
GRANT SELECT, INSERT, UPDATE ON `edge db`.* TO 'app'@'%';
GRANT reporting TO 'app'@'%';
SET DEFAULT ROLE reporting FOR 'app'@'%';
CREATE USER 'svc_appliance'@'localhost' IDENTIFIED BY 'x';
CREATE USER 'cutover_mig_old'@'%' IDENTIFIED BY 'x';

CREATE VIEW `z view` AS SELECT id, v FROM many WHERE id < 100;
CREATE DEFINER=`app`@`%` SQL SECURITY INVOKER VIEW `a view` AS SELECT id, v FROM `z view` WHERE v > 1;

DELIMITER //
CREATE DEFINER=`app`@`%` PROCEDURE `proc one`(IN p INT, OUT q VARCHAR(20))
BEGIN
  SELECT CONCAT('ü', p) INTO q;
END//
CREATE FUNCTION `fn`(x INT) RETURNS INT DETERMINISTIC RETURN x * 2//
CREATE TRIGGER many_bi BEFORE INSERT ON many FOR EACH ROW SET NEW.v = NEW.v + 1000//
CREATE TRIGGER many_bi2 BEFORE INSERT ON many FOR EACH ROW FOLLOWS many_bi SET NEW.s = CONCAT(NEW.s, '!')//
CREATE TRIGGER nopk_ai AFTER INSERT ON nopk FOR EACH ROW INSERT INTO parent VALUES (NEW.a + 100, 'trig')//
CREATE EVENT ev ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00' DISABLE DO DELETE FROM many WHERE id = 0//
DELIMITER ;
GRANT EXECUTE ON PROCEDURE `edge db`.`proc one` TO 'app'@'%';
